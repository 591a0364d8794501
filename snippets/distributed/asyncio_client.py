# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""Dask from asyncio: an asynchronous client's futures are awaitable."""

import asyncio
import tempfile

import dask
from dask.distributed import Client, LocalCluster


def count_primes(limit: int) -> int:
    """Pure-Python CPU work: how many primes are below limit."""
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


async def count_ticks(done: asyncio.Event) -> int:
    """Other work for the loop meanwhile: count 10 ms ticks until done."""
    ticks = 0
    while not done.is_set():
        ticks += 1
        await asyncio.sleep(0.01)
    return ticks


async def main() -> None:
    async with (
        LocalCluster(
            n_workers=1,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            asynchronous=True,  # starts on the running loop
        ) as cluster,
        Client(cluster, asynchronous=True) as client,
    ):
        done = asyncio.Event()
        ticker = asyncio.create_task(count_ticks(done))
        futures = client.map(count_primes, [20_000, 30_000, 40_000])
        print("gathered:", await client.gather(futures))
        #> gathered: [2262, 3245, 4203]
        print("one future:", await client.submit(count_primes, 50_000))
        #> one future: 5133
        done.set()
        print(f"while it awaited Dask, the loop ticked {await ticker} times")
        #> while it awaited Dask, the loop ticked 182 times


if __name__ == "__main__":
    with (
        tempfile.TemporaryDirectory() as scratch,
        dask.config.set({"temporary-directory": scratch}),
    ):
        asyncio.run(main())
