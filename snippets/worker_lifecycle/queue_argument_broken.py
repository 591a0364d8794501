"""A multiprocessing.Queue passed to a pool task as an argument is refused."""

import multiprocessing
from multiprocessing.queues import Queue


def report(n: int, progress: "Queue[int]") -> int:
    progress.put(n)
    return n * n


if __name__ == "__main__":
    progress: "Queue[int]" = multiprocessing.Queue()
    with multiprocessing.Pool(processes=2) as pool:
        try:
            pool.apply(report, (3, progress))
        except RuntimeError as error:
            print(error)
            #> Queue objects should only be shared between processes through inheritance
