"""Open a resource once per worker process with initializer=, then reuse it."""

import multiprocessing
import os
import sqlite3
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.synchronize import Barrier

# Globals of each worker process, set there by open_connection().
connection: sqlite3.Connection | None = None
opened = 0
in_step: Barrier | None = None


def open_connection(barrier: Barrier) -> None:
    global connection, opened, in_step
    connection = sqlite3.connect(":memory:")  # cannot be pickled: made here
    opened += 1
    in_step = barrier


def square(n: int) -> tuple[int, int, int]:
    assert connection is not None and in_step is not None
    # Tasks pass two at a time, one from each worker, so both workers take
    # part, as they would under real load, and the counts below are certain.
    in_step.wait()
    (result,) = connection.execute("SELECT ? * ?", (n, n)).fetchone()
    return result, os.getpid(), opened


if __name__ == "__main__":
    barrier = multiprocessing.get_context().Barrier(2)
    with ProcessPoolExecutor(
        max_workers=2, initializer=open_connection, initargs=(barrier,)
    ) as pool:
        answers = list(pool.map(square, range(8)))
    print([result for result, _, _ in answers])
    #> [0, 1, 4, 9, 16, 25, 36, 49]
    tasks_per_worker = Counter(pid for _, pid, _ in answers)
    print("tasks per worker:", sorted(tasks_per_worker.values()))
    #> tasks per worker: [4, 4]
    opened_by = {pid: count for _, pid, count in answers}
    print("connections each worker opened:", sorted(opened_by.values()))
    #> connections each worker opened: [1, 1]
    print("the parent's connection:", connection)
    #> the parent's connection: None
