"""Pool.map sends work in chunks: each chunk is one message to one worker."""

import multiprocessing
import os


def tag(n: int) -> tuple[int, int]:
    return n, os.getpid()  # which worker process handled this item


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        # 100 items in chunks of 25: 4 messages out, 4 back, instead of 100
        # each way. Each message costs pickling, a pipe write and a wake-up.
        tagged = pool.map(tag, range(100), chunksize=25)
    numbers = [n for n, _ in tagged]
    print(numbers[:3], "...", numbers[-3:])  # input order, whoever finished first
    #> [0, 1, 2] ... [97, 98, 99]
    chunks = [tagged[start : start + 25] for start in range(0, 100, 25)]
    # A chunk never splits: every item in it ran in the same worker process.
    print("processes per chunk:", [len({pid for _, pid in chunk}) for chunk in chunks])
    #> processes per chunk: [1, 1, 1, 1]
