"""CPU-bound work in threads: pure Python holds the GIL, hashlib lets it go."""

import hashlib
from concurrent.futures import ThreadPoolExecutor

BLOCK = bytes(range(256)) * 4096  # 1 MiB


def count_primes(limit: int) -> int:
    # Pure Python bytecode: only the thread that holds the GIL makes progress,
    # so two threads take about as long as one loop.
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


def fingerprint(seed: int) -> str:
    h = hashlib.sha256()
    for _ in range(8):
        # C code that releases the GIL for buffers over 2047 bytes: while one
        # thread hashes, another can run, on another core.
        h.update(bytes([seed]) + BLOCK)
    return h.hexdigest()[:12]


if __name__ == "__main__":
    limits, seeds = [10_000, 20_000], [1, 2]
    with ThreadPoolExecutor(max_workers=2) as pool:
        primes = list(pool.map(count_primes, limits))
        prints = list(pool.map(fingerprint, seeds))
    # Threads give the same answers as a plain loop; what differs is the
    # speed, measured on the Benchmarks page rather than printed here.
    print("threads:", primes, prints)
    #> threads: [1229, 2262] ['36e1dfd2495c', '09528d8d2a12']
    print("a loop: ", list(map(count_primes, limits)), list(map(fingerprint, seeds)))
    #> a loop:  [1229, 2262] ['36e1dfd2495c', '09528d8d2a12']
