"""A process pool maps a function over numbers, one chunk per worker at a time."""

import multiprocessing


def square(n: int) -> int:
    return n * n


# The guard matters: under the spawn and forkserver start methods each worker
# imports this file, and without it every worker would start a pool of its own.
if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        squares = pool.map(square, range(10), chunksize=5)
    print(squares)
    #> [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
    print(multiprocessing.get_start_method() in {"fork", "spawn", "forkserver"})
    #> True
