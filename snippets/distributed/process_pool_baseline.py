"""The work to move: a CPU-bound function on a pool of local processes."""

from concurrent.futures import ProcessPoolExecutor, as_completed


def count_primes(limit: int) -> int:
    """Pure-Python CPU work: how many primes are below limit."""
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


if __name__ == "__main__":
    limits = [20_000, 30_000, 40_000, 50_000]
    with ProcessPoolExecutor(max_workers=2) as executor:
        print("map:", list(executor.map(count_primes, limits)))
        #> map: [2262, 3245, 4203, 5133]
        futures = [executor.submit(count_primes, n) for n in limits]
        # as_completed yields in finishing order, which varies: sort to compare.
        print("as_completed:", sorted(f.result() for f in as_completed(futures)))
        #> as_completed: [2262, 3245, 4203, 5133]
