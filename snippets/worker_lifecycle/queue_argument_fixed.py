"""A Manager's queue is a proxy: it can travel with every task."""

import multiprocessing
import queue


def report(n: int, progress: "queue.Queue[int]") -> int:
    progress.put(n)  # a call to the manager process, over a connection
    return n * n


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        progress: "queue.Queue[int]" = manager.Queue()
        with multiprocessing.Pool(processes=2) as pool:
            squares = pool.starmap(report, [(n, progress) for n in range(4)])
        print(squares)
        #> [0, 1, 4, 9]
        reported = sorted(progress.get() for _ in range(4))  # any order: sort
        print("reported:", reported)
        #> reported: [0, 1, 2, 3]
