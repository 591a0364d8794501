# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Stream rows from a large HTTP response into a slow consumer, bounded."""

import asyncio
from collections.abc import AsyncIterator

from aiohttp import ClientSession
from aiohttp.test_utils import TestServer
from export_server import export_app


async def fetch_batches(session: ClientSession, url: str) -> AsyncIterator[list[int]]:
    """An async generator: yields rows in batches of 1,000 as they arrive."""
    batch: list[int] = []
    async with session.get(url) as response:
        async for line in response.content:  # one line at a time, never the body
            batch.append(int(line.split()[1]))
            if len(batch) == 1_000:
                yield batch
                batch = []
    if batch:
        yield batch


async def store(queue: asyncio.Queue[list[int] | None], stored: list[int]) -> None:
    while (batch := await queue.get()) is not None:
        await asyncio.sleep(0.05)  # a slow database insert
        stored.extend(batch)


async def main() -> None:
    stored: list[int] = []
    most_waiting = 0
    # maxsize=2: put() waits while two batches are waiting, and the generator
    # stops reading. On an export larger than aiohttp's read buffer, TCP then
    # makes the server's write() wait too; this small one fits in the buffer.
    queue: asyncio.Queue[list[int] | None] = asyncio.Queue(maxsize=2)
    async with (
        TestServer(export_app()) as server,
        ClientSession() as session,
        asyncio.TaskGroup() as group,
    ):
        group.create_task(store(queue, stored))
        async for batch in fetch_batches(session, str(server.make_url("/rows"))):
            await queue.put(batch)
            most_waiting = max(most_waiting, queue.qsize())
        await queue.put(None)  # no more batches
    print("rows stored:", len(stored), "from", stored[0], "to", stored[-1])
    #> rows stored: 10000 from 0 to 9999
    print("most batches waiting in memory at once:", most_waiting)
    #> most batches waiting in memory at once: 2


if __name__ == "__main__":
    asyncio.run(main())
