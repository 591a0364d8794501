"""Three downloads that wait at the same time: the total is the longest wait."""

import asyncio
import time

finished: list[str] = []


async def download(name: str, delay: float) -> str:
    # asyncio.sleep stands in for waiting on a network: while this coroutine
    # waits, the event loop runs the others.
    await asyncio.sleep(delay)
    finished.append(name)
    return f"{name}: {int(delay * 1000)} ms"


async def main() -> None:
    start = time.perf_counter()
    results = await asyncio.gather(
        download("reports", 0.3),
        download("images", 0.1),
        download("prices", 0.2),
    )
    # gather returns results in the order the coroutines were passed ...
    print(results)
    #> ['reports: 300 ms', 'images: 100 ms', 'prices: 200 ms']
    # ... whatever order they finished in.
    print(finished)
    #> ['images', 'prices', 'reports']
    # The waits overlap: about the longest one (300 ms), not their sum (600 ms).
    print(f"took {(time.perf_counter() - start) * 1000:.0f} ms")
    #> took 301 ms


if __name__ == "__main__":
    asyncio.run(main())
