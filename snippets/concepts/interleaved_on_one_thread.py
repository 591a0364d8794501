"""Concurrency without parallelism: two tasks take turns on one thread."""

import threading
from collections.abc import Iterator


def task(name: str, steps: int, ran_on: set[int]) -> Iterator[str]:
    for step in range(1, steps + 1):
        ran_on.add(threading.get_ident())
        yield f"{name}{step}"  # hand control back after each step


def run_round_robin(tasks: list[Iterator[str]]) -> list[str]:
    """A tiny scheduler: give each unfinished task one step, then the next."""
    timeline = []
    while tasks:
        current = tasks.pop(0)
        try:
            timeline.append(next(current))
        except StopIteration:
            continue  # finished: drop it
        tasks.append(current)
    return timeline


if __name__ == "__main__":
    threads_used: set[int] = set()
    timeline = run_round_robin([task("a", 3, threads_used), task("b", 3, threads_used)])
    # Task b started before task a finished: their lifetimes overlap ...
    print(" ".join(timeline))
    #> a1 b1 a2 b2 a3 b3
    # ... yet only one step ever ran at a time, all on a single thread.
    print("threads used:", len(threads_used))
    #> threads used: 1
