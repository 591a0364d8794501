"""A token bucket: at most RATE requests a second, with short bursts allowed."""

import asyncio
import time
from collections.abc import Awaitable, Callable


class TokenBucket:
    def __init__(
        self,
        rate: float,  # tokens added per second
        burst: int,  # most tokens the bucket holds: the largest burst
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.rate, self.burst, self.clock, self.sleep = rate, burst, clock, sleep
        self.tokens, self.updated = float(burst), clock()
        self.lock = asyncio.Lock()  # waiters take tokens in the order they came

    async def acquire(self) -> None:
        async with self.lock:
            while True:
                now = self.clock()
                refill = (now - self.updated) * self.rate
                self.tokens = min(self.burst, self.tokens + refill)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await self.sleep((1 - self.tokens) / self.rate)


class FakeClock:
    """Time that moves only when someone sleeps: the same output on every run."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


async def main() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=4, burst=2, clock=clock, sleep=clock.sleep)
    allowed: list[float] = []

    async def request() -> None:
        await bucket.acquire()
        allowed.append(clock())

    await asyncio.gather(*(request() for _ in range(8)))
    print("allowed at (s):", allowed)
    #> allowed at (s): [0.0, 0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5]

    # A Semaphore caps how many run at once, not how often: these eight
    # requests finish instantly, so all of them start at the same moment.
    clock.now, allowed = 0.0, []
    gate = asyncio.Semaphore(2)

    async def gated_request() -> None:
        async with gate:
            allowed.append(clock())

    await asyncio.gather(*(gated_request() for _ in range(8)))
    print("Semaphore(2):", allowed)
    #> Semaphore(2): [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]


if __name__ == "__main__":
    asyncio.run(main())
