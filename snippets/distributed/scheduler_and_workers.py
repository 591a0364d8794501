# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""A scheduler and two workers as separate programs, as on separate machines."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from dask.distributed import Client

# `python -m dask` is the `dask` command, run by this same interpreter.
DASK = [sys.executable, "-m", "dask"]


def count_primes(limit: int) -> int:
    """Pure-Python CPU work: how many primes are below limit."""
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        address_file = Path(scratch, "scheduler.json")
        env = os.environ | {
            "DASK_TEMPORARY_DIRECTORY": scratch,  # their lock files
            "DASK_LOGGING__DISTRIBUTED": "critical",  # no start/stop log lines
        }
        processes = [subprocess.Popen(
            [*DASK, "scheduler", "--host", "127.0.0.1", "--port", "0",
             "--no-dashboard", "--dashboard-address", "127.0.0.1:0",
             "--scheduler-file", address_file],
            env=env,
        )]  # fmt: skip
        try:
            # The client waits until the scheduler has written its address.
            with Client(scheduler_file=str(address_file), timeout=60) as client:
                address = client.scheduler.address
                print("scheduler at", address)
                #> scheduler at tcp://127.0.0.1:35601
                for _ in range(2):
                    processes.append(subprocess.Popen(
                        [*DASK, "worker", address, "--host", "127.0.0.1",
                         "--nthreads", "1", "--no-nanny", "--no-dashboard",
                         "--dashboard-address", "127.0.0.1:0"],
                        env=env,
                    ))  # fmt: skip
                client.wait_for_workers(2, timeout=60)
                workers = client.scheduler_info()["workers"].values()
                print("workers on", sorted(w["host"] for w in workers))
                #> workers on ['127.0.0.1', '127.0.0.1']
                print(client.gather(client.map(count_primes, [20_000, 30_000])))
                #> [2262, 3245]
                client.shutdown()  # stops the scheduler and every worker
            print("exit codes:", [p.wait(timeout=60) for p in processes])
            #> exit codes: [0, 0, 0]
        finally:
            for p in processes:  # only if something above failed
                if p.poll() is None:
                    p.kill()
                    p.wait()
