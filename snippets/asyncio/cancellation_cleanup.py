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
    # CancelledError derives from BaseException, not Exception, so an
    # `except Exception` cannot catch it.
    print([cls.__name__ for cls in asyncio.CancelledError.__mro__])
    #> ['CancelledError', 'BaseException', 'object']


if __name__ == "__main__":
    asyncio.run(main())
