# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""A worker that dies is replaced and its task rerun; an exception is not retried."""

import os
import tempfile
from pathlib import Path

from dask.distributed import Client, KilledWorker
from loopback_cluster import loopback_cluster


def fail_once(marker: Path, how: str) -> str:
    """Fail on the first call only; a file remembers that it has been called."""
    if not marker.exists():
        marker.touch()
        if how == "crash":
            os._exit(1)  # the worker process dies, as in a segfault or an OOM kill
        raise ConnectionError("the database went away")
    return f"{how}: done on the second attempt"


def always_crash() -> None:
    os._exit(1)


if __name__ == "__main__":
    # Give a task up when more workers than this die under it (Dask's default: 3).
    tolerance = {"allowed_failures": 1}
    with (
        tempfile.TemporaryDirectory() as scratch,
        loopback_cluster(n_workers=2, scheduler_kwargs=tolerance) as cluster,
        Client(cluster) as client,
    ):
        # The worker dies: the scheduler reruns its task on another one.
        print(client.submit(fail_once, Path(scratch, "a"), "crash").result())
        #> crash: done on the second attempt
        try:  # an exception is the function's answer: not retried
            client.submit(fail_once, Path(scratch, "b"), "raise").result()
        except ConnectionError as error:
            print("raised at once:", error)
            #> raised at once: the database went away
        # retries= reruns a task whose function raised.
        print(client.submit(fail_once, Path(scratch, "c"), "raise", retries=1).result())
        #> raise: done on the second attempt
        try:  # a task that kills every worker it runs on is given up
            client.submit(always_crash).result()
        except KilledWorker as error:
            print(type(error).__name__, "after", error.allowed_failures + 1, "deaths")
            #> KilledWorker after 2 deaths
        # Let the nannies finish restarting their workers before the cluster
        # closes: closing during a restart can fail inside distributed. A
        # restart imports distributed again: on a busy machine, give it time.
        client.wait_for_workers(2, timeout=120)
