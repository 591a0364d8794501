# /// script
# requires-python = ">=3.14"
# ///
"""InterpreterPoolExecutor: one interpreter per worker thread, each with its own GIL."""

from concurrent.futures import InterpreterPoolExecutor


def count_primes(limit: int) -> int:
    # It uses only its argument and builtins, so it is "stateless": 3.14
    # sends its code to the worker, with no pickling and no import.
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


if __name__ == "__main__":
    limits = [20_000, 30_000, 40_000, 50_000]
    with InterpreterPoolExecutor(max_workers=2) as pool:
        # The ints go in and come back out as they are: ints are shareable.
        counts = list(pool.map(count_primes, limits))
    print(counts)
    #> [2262, 3245, 4203, 5133]
