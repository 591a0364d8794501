"""Pool.map sends work in chunks: each chunk is one message to one worker."""

import multiprocessing
import os


def tag(n: int) -> tuple[int, int]:
    return n, os.getpid()  # which worker process handled this item


def chunks_kept_together(tagged: list[tuple[int, int]], size: int) -> bool:
    """True when every run of `size` consecutive items came from one worker."""
    pids = [pid for _, pid in tagged]
    return all(len(set(pids[i : i + size])) == 1 for i in range(0, len(pids), size))


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        # 100 items in chunks of 25: 4 messages out, 4 back, instead of 100
        # each way. Each message costs pickling, a pipe write and a wake-up.
        tagged = pool.map(tag, range(100), chunksize=25)
    print("results in input order:", [n for n, _ in tagged] == list(range(100)))
    #> results in input order: True
    print("each chunk of 25 ran in one worker:", chunks_kept_together(tagged, 25))
    #> each chunk of 25 ran in one worker: True
