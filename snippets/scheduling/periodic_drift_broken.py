"""sleep(period) after each run: the schedule slips by the job's length."""

import asyncio
from collections.abc import Awaitable, Callable

PERIOD, JOB_TAKES = 1.0, 0.25  # seconds


async def every(
    period: float,
    job: Callable[[], Awaitable[None]],
    sleep: Callable[[float], Awaitable[None]],
    runs: int,
) -> None:
    for _ in range(runs):
        await job()
        await sleep(period)  # counts from the end of the run, not the start


class FakeClock:
    """Time that moves only when the program sleeps: the same on every run."""

    def __init__(self) -> None:
        self.now = 0.0

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


async def main() -> None:
    clock = FakeClock()
    starts: list[float] = []

    async def job() -> None:
        starts.append(clock.now)
        await clock.sleep(JOB_TAKES)

    await every(PERIOD, job, clock.sleep, runs=5)
    print("runs started at:", starts)
    #> runs started at: [0.0, 1.25, 2.5, 3.75, 5.0]


if __name__ == "__main__":
    asyncio.run(main())
