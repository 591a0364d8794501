"""A thread pool runs a blocking function over many inputs."""

import time
from concurrent.futures import ThreadPoolExecutor


def lookup(word: str) -> int:
    time.sleep(0.05)  # waiting on I/O releases the GIL; other threads run
    return len(word)


words = ["thread", "process", "coroutine", "event", "loop"]
with ThreadPoolExecutor(max_workers=5) as pool:
    # map() yields results in input order, not completion order.
    lengths = list(pool.map(lookup, words))

print(dict(zip(words, lengths, strict=True)))
#> {'thread': 6, 'process': 7, 'coroutine': 9, 'event': 5, 'loop': 4}
