"""Hand a plain Queue and Lock to each worker once, when it starts."""

import multiprocessing
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Lock

# Globals of each worker process, set there by keep().
progress: "Queue[str] | None" = None
log_lock: Lock | None = None


def keep(queue: "Queue[str]", lock: Lock) -> None:
    # Arguments of a new process count as inheritance, so these are allowed.
    global progress, log_lock
    progress, log_lock = queue, lock


def square(n: int) -> int:
    assert progress is not None and log_lock is not None
    with log_lock:  # one worker at a time in here, across processes
        progress.put(f"squared {n}")
    return n * n


if __name__ == "__main__":
    ctx = multiprocessing.get_context()
    queue: "Queue[str]" = ctx.Queue()
    lock = ctx.Lock()
    with ctx.Pool(processes=2, initializer=keep, initargs=(queue, lock)) as pool:
        print(pool.map(square, range(4)))
        #> [0, 1, 4, 9]
        # Leaving the with terminates the workers, and a put() still on its
        # way to the pipe would be lost: let them finish and exit first.
        pool.close()
        pool.join()
    print(sorted(queue.get() for _ in range(4)))  # arrival order varies: sort
    #> ['squared 0', 'squared 1', 'squared 2', 'squared 3']
