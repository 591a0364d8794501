"""Schedule run k at start + k * period: no drift, and missed ticks skipped."""

import asyncio
import math
from collections.abc import Awaitable, Callable

PERIOD = 1.0  # seconds


async def every(
    period: float,
    job: Callable[[], Awaitable[None]],
    clock: Callable[[], float],
    sleep: Callable[[float], Awaitable[None]],
    runs: int,
) -> None:
    start = clock()
    for _ in range(runs):
        await job()
        # The first tick strictly after now: a run that overran skips the
        # ticks it missed instead of firing them all at once to catch up.
        k = math.floor((clock() - start) / period) + 1
        await sleep(start + k * period - clock())


class FakeClock:
    """Time that moves only when the program sleeps: the same on every run."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


async def main() -> None:
    clock = FakeClock()
    starts: list[float] = []

    async def job() -> None:
        starts.append(clock.now)
        # Each run takes 0.25 s; the third one takes 2.5 s.
        await clock.sleep(2.5 if len(starts) == 3 else 0.25)

    # In a real program: clock=asyncio.get_running_loop().time, sleep=asyncio.sleep
    await every(PERIOD, job, clock, clock.sleep, runs=5)
    print("runs started at:", starts)
    #> runs started at: [0.0, 1.0, 2.0, 5.0, 6.0]


if __name__ == "__main__":
    asyncio.run(main())
