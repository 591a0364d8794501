"""Stop a thread pool early: shutdown(cancel_futures=True) drops the queued work."""

import threading
from concurrent.futures import ThreadPoolExecutor

release = threading.Event()
started = threading.Semaphore(0)


def job(n: int) -> int:
    started.release()
    release.wait()  # a thread cannot be stopped from outside: it must return
    return n


if __name__ == "__main__":
    pool = ThreadPoolExecutor(max_workers=2)
    futures = [pool.submit(job, n) for n in range(10)]
    started.acquire()  # both workers have taken a job
    started.acquire()
    # 3.9+: cancel everything still queued; wait=False returns at once.
    pool.shutdown(wait=False, cancel_futures=True)
    release.set()  # let the two running jobs return
    pool.shutdown(wait=True)  # now join the worker threads
    print("finished:", [f.result() for f in futures if not f.cancelled()])
    #> finished: [0, 1]
    print("cancelled:", sum(f.cancelled() for f in futures))
    #> cancelled: 8
