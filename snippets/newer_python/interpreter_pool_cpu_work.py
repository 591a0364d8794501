# /// script
# requires-python = ">=3.14"
# ///
"""InterpreterPoolExecutor: one interpreter per worker thread, each with its own GIL."""

from concurrent.futures import InterpreterPoolExecutor


def count_primes(limit: int) -> int:
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


# The guard matters: a worker interpreter re-runs this file (under another
# name) to find count_primes, and must not start a pool of its own.
if __name__ == "__main__":
    limits = [20_000, 30_000, 40_000, 50_000]
    with InterpreterPoolExecutor(max_workers=2) as pool:
        # The function, its arguments and each result are pickled on their way
        # between interpreters, as for a process pool.
        counts = list(pool.map(count_primes, limits))
    print(counts)
    #> [2262, 3245, 4203, 5133]
