"""With the GIL, threads running Python code take turns; they do not mix steps."""

import itertools
import threading

APPENDS = 500_000
start_together = threading.Barrier(2)


def append_many(name: str, log: list[str]) -> None:
    start_together.wait()  # both threads are running before either appends
    for _ in range(APPENDS):
        log.append(name)


if __name__ == "__main__":
    log: list[str] = []
    threads = [threading.Thread(target=append_many, args=(n, log)) for n in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # A "turn" is a stretch of appends by one thread; count the changes of hand.
    turns = 1 + sum(1 for x, y in itertools.pairwise(log) if x != y)
    print(f"{len(log):,} appends")
    #> 1,000,000 appends
    # With the GIL, a thread keeps it until the other has waited a switch
    # interval (5 ms) and asked for it: a few long turns, not a, b, a, b.
    # Without a GIL (a free-threaded build) nothing forces turns, and the
    # items mix as finely as the machine runs them.
    print(f"{turns:,} turns, about {len(log) // turns:,} appends each")
    #> 12 turns, about 83,333 appends each
