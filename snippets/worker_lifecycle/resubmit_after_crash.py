"""A worker is killed: keep what finished, resubmit the rest to a new executor."""

import os
import signal
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path


def square(n: int, scratch: str) -> int:
    marker = Path(scratch, "killed-once")
    if n == 2 and not marker.exists():
        marker.touch()
        # As the kernel's out-of-memory killer would: no exception, no cleanup.
        os.kill(os.getpid(), signal.SIGKILL)
    return n * n


def run_batch(numbers: list[int], scratch: str) -> tuple[dict[int, int], list[int]]:
    """Return the results that arrived and the numbers that must be sent again."""
    done: dict[int, int] = {}
    lost: list[int] = []
    with ProcessPoolExecutor(max_workers=1) as pool:
        futures: dict[int, Future[int]] = {
            n: pool.submit(square, n, scratch) for n in numbers
        }
        for n, future in futures.items():
            try:
                done[n] = future.result()
            except BrokenProcessPool:
                lost.append(n)  # running or queued when the worker died
    return done, lost


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        results, lost = run_batch([1, 2, 3, 4], scratch)
        print("finished:", results, "lost:", lost)
        #> finished: {1: 1} lost: [2, 3, 4]
        # The broken pool cannot be reused; run_batch() starts a fresh one.
        retried, lost_again = run_batch(lost, scratch)
    print("after resubmitting:", results | retried, "lost:", lost_again)
    #> after resubmitting: {1: 1, 2: 4, 3: 9, 4: 16} lost: []
