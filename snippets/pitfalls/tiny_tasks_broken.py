"""Broken: one pool task per tiny item; the overhead dwarfs the work."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(n: int) -> int:
    return n * n  # far less work than pickling n and sending it to a process


if __name__ == "__main__":
    numbers = range(2_000)
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        # Bug (on purpose): one task per number. Every submit() is a round
        # trip: pickle, send, run, pickle, send back.
        futures = [pool.submit(square, n) for n in numbers]
        total = sum(future.result() for future in futures)
    print(f"{len(futures)} tasks sent for {len(numbers)} numbers; total {total}")
    #> 2000 tasks sent for 2000 numbers; total 2664667000
