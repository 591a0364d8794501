"""ProcessPoolExecutor: the concurrent.futures interface, backed by processes."""

from concurrent.futures import ProcessPoolExecutor, as_completed


def collatz_steps(n: int) -> int:
    """CPU work: steps until the Collatz sequence from n reaches 1."""
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


if __name__ == "__main__":
    numbers = [27, 97, 871, 6171]
    with ProcessPoolExecutor(max_workers=2) as pool:
        # map(): results in input order, like the built-in map().
        print(list(pool.map(collatz_steps, numbers)))
        #> [111, 118, 178, 261]
        # submit(): one Future per call; as_completed() in finishing order.
        futures = {pool.submit(collatz_steps, n): n for n in numbers}
        longest = max(as_completed(futures), key=lambda f: f.result())
        print("longest:", futures[longest])
        #> longest: 6171
