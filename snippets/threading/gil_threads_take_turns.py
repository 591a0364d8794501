"""With the GIL, threads running Python code take turns; they do not mix steps."""

import itertools
import sys
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
    # One thread holds the GIL for a switch interval (5 ms) before it hands
    # over, so the log is a few long stretches, not an alternation of a and b.
    # Without a GIL (a free-threaded build) nothing forces turns, and the
    # count depends on the machine, so the check applies where the GIL is on.
    gil_on = getattr(sys, "_is_gil_enabled", lambda: True)()
    long_turns = turns < len(log) // 1000  # fewer than 1 turn per 1,000 appends
    print("long turns wherever the GIL is on:", long_turns or not gil_on)
    #> long turns wherever the GIL is on: True
