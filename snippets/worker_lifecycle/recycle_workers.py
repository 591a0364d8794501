"""Replace each worker after a few tasks: maxtasksperchild and max_tasks_per_child."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def worker_pid(_: int) -> int:
    return os.getpid()


if __name__ == "__main__":
    # One worker, replaced after every two tasks: six tasks need three workers.
    with multiprocessing.Pool(processes=1, maxtasksperchild=2) as pool:
        pids = pool.map(worker_pid, range(6), chunksize=1)  # a chunk is a task
    print("Pool: 6 tasks, distinct workers:", len(set(pids)))
    #> Pool: 6 tasks, distinct workers: 3

    # Python 3.11+. Without mp_context, this pool starts its workers with spawn.
    with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1) as executor:
        pids = list(executor.map(worker_pid, range(3)))
    print("ProcessPoolExecutor: 3 tasks, distinct workers:", len(set(pids)))
    #> ProcessPoolExecutor: 3 tasks, distinct workers: 3

    try:
        ProcessPoolExecutor(
            max_tasks_per_child=1, mp_context=multiprocessing.get_context("fork")
        )
    except ValueError as error:
        print(error)
        #> max_tasks_per_child is incompatible with the 'fork' multiprocessing start method; supply a different mp_context.
