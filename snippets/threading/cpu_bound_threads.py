"""CPU-bound work in threads (Python code, then hashlib) and in processes."""

import hashlib
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

BLOCK = bytes(range(256)) * 4096  # 1 MiB


def count_primes(limit: int) -> int:
    # Pure Python bytecode: only the thread that holds the GIL makes progress,
    # so two threads take about as long as one loop.
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


def fingerprint(seed: int) -> str:
    h = hashlib.sha256()
    for _ in range(128):
        # C code that releases the GIL for buffers over 2047 bytes: while one
        # thread hashes, another can run, on another core.
        h.update(bytes([seed]) + BLOCK)
    return h.hexdigest()[:12]


if __name__ == "__main__":
    limits, seeds = [28_000, 32_000], [1, 2]
    # One pool per kind of work; the timeline below labels threads by name.
    with ThreadPoolExecutor(2, thread_name_prefix="primes") as threads:
        primes = list(threads.map(count_primes, limits))
    with ProcessPoolExecutor(2) as processes:  # each process has its own GIL
        primes_in_processes = list(processes.map(count_primes, limits))
    with ThreadPoolExecutor(2, thread_name_prefix="sha256") as threads:
        prints = list(threads.map(fingerprint, seeds))
    # Same answers everywhere; what differs is the speed, measured on the
    # Benchmarks page and drawn in the timeline, not printed here.
    print("threads:  ", primes, prints)
    #> threads:   [3055, 3432] ['9278a8b9c675', '745328a42ac0']
    print("processes:", primes_in_processes)
    #> processes: [3055, 3432]
    print("a loop:   ", list(map(count_primes, limits)), list(map(fingerprint, seeds)))
    #> a loop:    [3055, 3432] ['9278a8b9c675', '745328a42ac0']
