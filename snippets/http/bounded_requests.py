# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Cap requests in flight with a Semaphore or with the connector's limit."""

import asyncio

from aiohttp import ClientSession, TCPConnector, web
from aiohttp.test_utils import TestServer

REQUESTS, LIMIT = 20, 5
in_flight = peak = 0
# The server answers in groups of LIMIT: each group waits until it is
# complete, so the peak it sees is exactly LIMIT, never less, if the cap holds.
group = asyncio.Barrier(LIMIT)


async def work(request: web.Request) -> web.Response:
    global in_flight, peak
    in_flight += 1
    peak = max(peak, in_flight)
    await group.wait()
    in_flight -= 1
    return web.Response(text="done")


async def get(session: ClientSession, url: str) -> int:
    async with session.get(url) as response:
        await response.read()  # read the body: the connection is then free
        return response.status


async def get_gated(session: ClientSession, url: str, gate: asyncio.Semaphore) -> int:
    async with gate:  # at most LIMIT coroutines are past this line at once
        return await get(session, url)


async def main() -> None:
    global peak
    app = web.Application()
    app.router.add_get("/", work)
    async with TestServer(app) as server:
        url = str(server.make_url("/"))
        async with ClientSession() as session:
            connector = session.connector
            assert connector is not None
            print("default limits:", connector.limit, connector.limit_per_host)
            #> default limits: 100 0
            gate = asyncio.Semaphore(LIMIT)
            await asyncio.gather(
                *(get_gated(session, url, gate) for _ in range(REQUESTS))
            )
        print("with a Semaphore: peak", peak)
        #> with a Semaphore: peak 5

        peak = 0
        # limit caps open connections for the session (limit_per_host, for
        # each host); a request waits for a free connection.
        async with ClientSession(connector=TCPConnector(limit=LIMIT)) as session:
            await asyncio.gather(*(get(session, url) for _ in range(REQUESTS)))
        print("with TCPConnector(limit=5): peak", peak)
        #> with TCPConnector(limit=5): peak 5


if __name__ == "__main__":
    asyncio.run(main())
