# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""The same work on a Dask cluster, through its concurrent.futures executor."""

import tempfile
from concurrent.futures import as_completed

import dask
from dask.distributed import Client, LocalCluster


def count_primes(limit: int) -> int:
    """Pure-Python CPU work: how many primes are below limit."""
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


if __name__ == "__main__":
    limits = [20_000, 30_000, 40_000, 50_000]
    with (
        tempfile.TemporaryDirectory() as scratch,
        dask.config.set({"temporary-directory": scratch}),  # Dask's lock files
        LocalCluster(
            n_workers=2,  # two worker processes of one thread each
            threads_per_worker=1,
            host="127.0.0.1",  # loopback only, on free ports
            dashboard_address="127.0.0.1:0",
        ) as cluster,
        Client(cluster) as client,
        client.get_executor() as executor,
    ):
        print("scheduler at", cluster.scheduler_address)
        #> scheduler at tcp://127.0.0.1:40357
        print("map:", list(executor.map(count_primes, limits)))
        #> map: [2262, 3245, 4203, 5133]
        futures = [executor.submit(count_primes, n) for n in limits]
        print("as_completed:", sorted(f.result() for f in as_completed(futures)))
        #> as_completed: [2262, 3245, 4203, 5133]
