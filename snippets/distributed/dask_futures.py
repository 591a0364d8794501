# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""The same work with Dask's own API: submit, map, gather and as_completed."""

import tempfile

import dask
from dask.distributed import Client, LocalCluster, as_completed


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
    ):
        print("scheduler at", cluster.scheduler_address)
        #> scheduler at tcp://127.0.0.1:40357
        futures = client.map(count_primes, limits)  # Dask futures, at once
        print("map:", client.gather(futures))
        #> map: [2262, 3245, 4203, 5133]
        print("as_completed:", sorted(f.result() for f in as_completed(futures)))
        #> as_completed: [2262, 3245, 4203, 5133]
        # A future can be another task's argument: its result stays on the cluster.
        total = client.submit(sum, futures)
        print("sum of the four:", total.result())
        #> sum of the four: 14843
        # Dask takes functions to be pure: equal calls share one key, one task.
        pure = [client.submit(count_primes, 9) for _ in range(3)]
        impure = [client.submit(count_primes, 9, pure=False) for _ in range(3)]
        n_pure, n_impure = len({f.key for f in pure}), len({f.key for f in impure})
        print("three equal calls make", n_pure, "task(s);", n_impure, "if impure")
        #> three equal calls make 1 task(s); 3 if impure
        # Wait for them: a future dropped while its task runs cancels the task,
        # and the worker logs a warning on stderr.
        client.gather(pure + impure)
