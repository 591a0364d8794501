# /// script
# requires-python = ">=3.14"
# ///
"""InterpreterPoolExecutor: one interpreter per worker thread, each with its own GIL."""

from concurrent.futures import InterpreterPoolExecutor


def longest_collatz(limit: int) -> int:
    """The start below `limit` with the longest Collatz chain: pure Python."""
    # It uses only its argument, its locals and builtins, so it is
    # "stateless": 3.14 sends its code to the worker, with no pickling.
    best_start, best_steps = 1, 0
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > best_steps:
            best_start, best_steps = start, steps
    return best_start


if __name__ == "__main__":
    limits = [2_000, 4_000, 6_000, 8_000]
    with InterpreterPoolExecutor(max_workers=2) as pool:
        # The ints go in and come back out as they are: ints are shareable.
        starts = list(pool.map(longest_collatz, limits))
    print(starts)
    #> [1161, 3711, 3711, 6171]
