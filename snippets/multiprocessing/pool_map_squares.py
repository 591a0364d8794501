"""A process pool maps a function over numbers, one chunk per worker at a time."""

import multiprocessing


def square(n: int) -> int:
    return n * n


# The guard matters. Under spawn each worker imports this file before its
# first task (under forkserver, each worker or, from 3.13.8 and 3.14.1, the
# server does). Without the guard the import would reach the Pool line,
# multiprocessing would refuse to start processes from a worker still
# bootstrapping (RuntimeError), the worker would die, and the pool would
# replace it with a new one that dies the same way, for ever.
if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        squares = pool.map(square, range(10), chunksize=5)
    print(squares)
    #> [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
    # fork on Linux up to 3.13, forkserver from 3.14; spawn on macOS, Windows.
    print("start method:", multiprocessing.get_start_method())
    #> start method: fork
