"""Stop a periodic asyncio job: an Event lets the current run finish, cancel() not."""

import asyncio
import contextlib
import logging
import math
from collections.abc import Awaitable, Callable

PERIOD = 0.05  # seconds


async def run_every(
    period: float, job: Callable[[], Awaitable[None]], stop: asyncio.Event
) -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    while not stop.is_set():
        try:
            await job()
        except Exception:  # log it and go on; cancel() is not an Exception
            logging.exception("periodic job failed")
        k = math.floor((loop.time() - start) / period) + 1
        # Sleep until the next tick, but wake at once if asked to stop.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout_at(start + k * period):
                await stop.wait()


async def demo(how: str) -> str:
    started, finished = [0], [0]
    in_third_run = asyncio.Event()

    async def job() -> None:
        started[0] += 1
        if started[0] == 3:
            in_third_run.set()
        await asyncio.sleep(0.02)  # the work; it awaits, so it can be cancelled
        finished[0] += 1

    stop = asyncio.Event()
    task = asyncio.create_task(run_every(PERIOD, job, stop))
    await in_third_run.wait()  # stop in the middle of the third run
    if how == "event":
        stop.set()  # the loop notices between runs
    else:
        task.cancel()  # CancelledError lands inside the run
    await asyncio.gather(task, return_exceptions=True)
    return f"{how}: started {started[0]}, finished {finished[0]}"


async def main() -> None:
    print(await demo("event"))
    #> event: started 3, finished 3
    print(await demo("cancel"))
    #> cancel: started 3, finished 2


if __name__ == "__main__":
    asyncio.run(main())
