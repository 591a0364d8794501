# /// script
# requires-python = ">=3.14"
# ///
"""Python 3.14+: stop a ProcessPoolExecutor's busy workers at once."""

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.queues import Queue

started: Queue[int]


def remember(queue: Queue[int]) -> None:
    global started
    started = queue


def job(n: int) -> int:
    started.put(n)
    time.sleep(60)  # stands for work you no longer want
    return n


if __name__ == "__main__":
    begin = time.perf_counter()
    queue: Queue[int] = multiprocessing.Queue()
    pool = ProcessPoolExecutor(2, initializer=remember, initargs=(queue,))
    futures = [pool.submit(job, n) for n in range(2)]
    print("jobs running:", sorted([queue.get(), queue.get()]))
    #> jobs running: [0, 1]
    pool.terminate_workers()  # kill_workers() sends SIGKILL instead of SIGTERM
    # terminate_workers() has shut the pool down without waiting: the futures
    # are not done yet. f.exception() waits until the pool sees the dead workers.
    print("the jobs raised:", [type(f.exception()).__name__ for f in futures])
    #> the jobs raised: ['BrokenProcessPool', 'BrokenProcessPool']
    try:
        pool.submit(job, 2)
    except RuntimeError as error:  # BrokenProcessPool is a RuntimeError
        print("a later submit() raised:", type(error).__name__)
        #> a later submit() raised: BrokenProcessPool
    print(f"took {time.perf_counter() - begin:.1f} s, not 60")
    #> took 0.2 s, not 60
