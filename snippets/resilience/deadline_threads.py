"""A deadline for work in threads: wait(), then cancel what has not started."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor, wait

stop = threading.Event()  # a running thread cannot be killed: ask it to stop
started = threading.Barrier(3)  # the two slow jobs and the main thread


def quick() -> str:
    return "quick done"


def slow(name: str) -> str:
    started.wait()
    stop.wait()  # stands in for work that checks the flag between its steps
    return f"{name} stopped early"


if __name__ == "__main__":
    deadline = time.monotonic() + 0.2
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = {
            "quick": pool.submit(quick),
            "slow1": pool.submit(slow, "slow1"),
            "slow2": pool.submit(slow, "slow2"),  # starts only once quick is done
            "queued": pool.submit(quick),  # both workers are busy: it waits
        }
        started.wait()
        done, not_done = wait(jobs.values(), timeout=deadline - time.monotonic())
        print("done:", [name for name, f in jobs.items() if f in done])
        #> done: ['quick']
        # cancel() succeeds only for a job that has not started yet.
        print("cancelled:", [name for name, f in jobs.items() if f.cancel()])
        #> cancelled: ['queued']
        stop.set()  # the running ones finish their step and return
    print([f.result() for f in (jobs["slow1"], jobs["slow2"])])
    #> ['slow1 stopped early', 'slow2 stopped early']
