# /// script
# requires-python = ">=3.14"
# ///
"""Python 3.14+: a worker that handles SIGTERM outlives terminate_workers()."""

import multiprocessing
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import wait
from multiprocessing.queues import Queue

started: Queue[int]


def setup(queue: Queue[int]) -> None:
    global started
    started = queue
    # A SIGTERM handler that returns without exiting (it only sets a flag, say).
    signal.signal(signal.SIGTERM, lambda signum, frame: None)


def job(n: int) -> int:
    started.put(n)
    time.sleep(60)
    return n


if __name__ == "__main__":
    queue: Queue[int] = multiprocessing.Queue()
    pool = ProcessPoolExecutor(1, initializer=setup, initargs=(queue,))
    future = pool.submit(job, 0)
    queue.get()  # the job is running
    pool.terminate_workers()  # SIGTERM: the handler runs, the worker goes on
    time.sleep(0.5)
    alive = multiprocessing.active_children()
    print("workers alive after terminate_workers():", len(alive))
    #> workers alive after terminate_workers(): 1
    pool.kill_workers()  # the executor has forgotten its workers: no effect
    time.sleep(0.5)
    print("after kill_workers():", len(multiprocessing.active_children()))
    #> after kill_workers(): 1
    for worker in alive:  # SIGKILL to each process itself ends it
        worker.kill()
    # The pool's manager thread may reap a worker first: wait on the sentinels,
    # which say that a process ended, whoever collects its exit status.
    ended = wait([worker.sentinel for worker in alive], timeout=30)
    print("ended after SIGKILL:", len(ended))
    #> ended after SIGKILL: 1
    print("the job:", type(future.exception()).__name__)
    #> the job: BrokenProcessPool
