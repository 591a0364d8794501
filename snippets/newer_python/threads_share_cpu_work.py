# /// script
# requires-python = ">=3.13"
# ///
"""Pure-Python work in threads, on a build that can run them in parallel."""

import sysconfig
from concurrent.futures import ThreadPoolExecutor


def count_primes(limit: int) -> int:
    # Pure Python, no I/O: with the GIL, threads would take turns here.
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


if __name__ == "__main__":
    limits = [20_000, 30_000, 40_000, 50_000]
    with ThreadPoolExecutor(max_workers=4) as pool:
        counts = list(pool.map(count_primes, limits))
    print(counts)
    #> [2262, 3245, 4203, 5133]
    # The test suite runs this file only on a free-threaded build: 1 there.
    print("Py_GIL_DISABLED:", sysconfig.get_config_var("Py_GIL_DISABLED"))
    #> Py_GIL_DISABLED: 1
