"""A Semaphore lets at most N coroutines into a block at a time."""

import asyncio

LIMIT = 3
in_flight = 0
peak = 0


async def request(n: int) -> int:
    await asyncio.sleep(0.1)  # stands in for a network round trip
    return n


async def fetch(n: int, gate: asyncio.Semaphore) -> int:
    global in_flight, peak
    async with gate:  # waits here while LIMIT others are inside
        in_flight += 1
        peak = max(peak, in_flight)
        result = await request(n)
        in_flight -= 1
    return result


async def main() -> None:
    gate = asyncio.Semaphore(LIMIT)
    results = await asyncio.gather(*(fetch(n, gate) for n in range(12)))
    print(len(results), "requests, at most", peak, "at once")
    #> 12 requests, at most 3 at once


if __name__ == "__main__":
    asyncio.run(main())
