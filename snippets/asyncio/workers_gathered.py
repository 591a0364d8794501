"""Several workers share one thread: each gives way at its sleep(0)."""

import asyncio


async def worker(number: int, steps: int, log: list[str]) -> int:
    for step in range(steps):
        log.append(f"w{number}.{step}")
        # sleep(0) waits for nothing; it only hands control back to the loop.
        await asyncio.sleep(0)
    return number * 10


async def main() -> None:
    log: list[str] = []
    totals = await asyncio.gather(*(worker(n, 2, log) for n in range(1, 4)))
    print(totals)
    #> [10, 20, 30]
    # The steps interleave: one thread, taking turns at each sleep(0).
    print(" ".join(log))
    #> w1.0 w2.0 w3.0 w1.1 w2.1 w3.1


if __name__ == "__main__":
    asyncio.run(main())
