"""A timeout around to_thread() stops the waiting, not the thread."""

import asyncio
import threading


def blocking_call(release: threading.Event, log: list[str]) -> None:
    release.wait()  # a blocking call: nothing in asyncio can interrupt it
    log.append("blocking_call returned")


async def main(log: list[str]) -> None:
    release = threading.Event()
    try:
        async with asyncio.timeout(0.1):
            await asyncio.to_thread(blocking_call, release, log)
    except TimeoutError:
        print("TimeoutError; so far:", log)
        #> TimeoutError; so far: []
    # The coroutine that waited was cancelled; the thread carries on.
    busy = [t.name for t in threading.enumerate() if t.name.startswith("asyncio_")]
    print("still running:", busy)
    #> still running: ['asyncio_0']
    release.set()  # a real blocking call would end in its own time


if __name__ == "__main__":
    log: list[str] = []
    asyncio.run(main(log))
    # asyncio.run() waited for the thread before it returned.
    print("after asyncio.run():", log)
    #> after asyncio.run(): ['blocking_call returned']
