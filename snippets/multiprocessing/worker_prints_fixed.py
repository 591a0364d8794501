"""Return what you want to report; print it in the parent, in a fixed order."""

import multiprocessing


def work(n: int) -> tuple[int, str]:
    # Build the message here, but let the parent decide when to show it.
    return n * n, f"worker squared {n}"


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        results = pool.map(work, range(4))  # input order, whoever ran first
    for square, message in results:
        print(message, "->", square)
        #> worker squared 0 -> 0
        #> worker squared 1 -> 1
        #> worker squared 2 -> 4
        #> worker squared 3 -> 9
