"""Cancel a task: it gets CancelledError at its await and cleans up."""

import asyncio

log: list[str] = []


async def download(started: asyncio.Event) -> None:
    log.append("connection opened")
    try:
        started.set()
        await asyncio.sleep(10)  # CancelledError is raised here
    finally:
        # Cleanup runs, then the CancelledError keeps going: do not swallow it.
        log.append("connection closed")


async def main() -> None:
    started = asyncio.Event()
    task = asyncio.create_task(download(started))
    await started.wait()
    task.cancel()  # only a request: it takes effect at the task's next await
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
        #> task cancelled: True
    print(log)
    #> ['connection opened', 'connection closed']
    # CancelledError is a BaseException, so `except Exception` cannot catch it.
    print(issubclass(asyncio.CancelledError, Exception))
    #> False


if __name__ == "__main__":
    asyncio.run(main())
