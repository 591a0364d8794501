"""Fixed: run the blocking call in a thread with asyncio.to_thread()."""

import asyncio
import threading
import time

events: list[str] = []


def legacy_download() -> bytes:
    time.sleep(0.5)  # the same blocking call, now in a worker thread
    events.append(f"downloading in thread {threading.current_thread().name}")
    return b"data"


async def heartbeat() -> None:
    for beat in range(4):
        events.append(f"beat {beat}")
        await asyncio.sleep(0.1)


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


def pool_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("asyncio")]


if __name__ == "__main__":
    asyncio.run(main())
    for event in events:
        print(event)
        #> beat 0
        #> download started
        #> beat 1
        #> beat 2
        #> beat 3
        #> downloading in thread asyncio_0
        #> download finished
    # asyncio.run() also shut the default thread pool down (3.9+).
    print("pool threads left:", pool_threads())
    #> pool threads left: []
