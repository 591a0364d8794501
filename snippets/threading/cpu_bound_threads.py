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
    with ThreadPoolExecutor(max_workers=2) as pool:
        primes = list(pool.map(count_primes, [10_000, 20_000]))
        prints = list(pool.map(fingerprint, [1, 2]))
    # Threads give the same answers as a plain loop; what differs is the
    # speed, measured on the Benchmarks page rather than printed here.
    print(primes, primes == list(map(count_primes, [10_000, 20_000])))
    #> [1229, 2262] True
    print(prints, prints == list(map(fingerprint, [1, 2])))
    #> ['36e1dfd2495c', '09528d8d2a12'] True
