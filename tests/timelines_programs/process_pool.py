"""Recorded by tests/test_timelines.py under a start method given as argv[1]:
children started by spawn or forkserver must re-import this file as a reader's
would be, although the recorder runs it through timelines.inside."""

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    context = multiprocessing.get_context(sys.argv[1])
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        squares = list(pool.map(square, range(4)))
    if squares != [0, 1, 4, 9]:
        sys.exit(f"wrong results: {squares}")
