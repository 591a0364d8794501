"""Fixed: run the blocking call in a thread with asyncio.to_thread()."""

import asyncio
import time

events: list[str] = []


def legacy_download() -> bytes:
    time.sleep(0.5)  # the same blocking call, now in a worker thread
    return b"data"


async def heartbeat() -> None:
    for beat in range(3):
        events.append(f"beat {beat}")
        await asyncio.sleep(0.01)


async def download() -> None:
    events.append("download started")
    # to_thread() runs the function in the loop's default thread pool and
    # gives an awaitable: the loop keeps serving other tasks meanwhile.
    await asyncio.to_thread(legacy_download)
    events.append("download finished")


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        group.create_task(heartbeat())
        group.create_task(download(), name="download")


if __name__ == "__main__":
    asyncio.run(main())
    print(events)
    #> ['beat 0', 'download started', 'beat 1', 'beat 2', 'download finished']
