"""For waiting work, the pool size sets how many waits overlap."""

import time
from concurrent.futures import ThreadPoolExecutor

REQUESTS = 8
LATENCY = 0.2  # seconds each request waits on the network


def request(_: int) -> None:
    time.sleep(LATENCY)


def waves(workers: int) -> int:
    """How many latencies in a row the requests took, in whole units."""
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(request, range(REQUESTS)))
    # A sleep never ends early, so the floor is exact unless the machine
    # adds a whole LATENCY of delay.
    return int((time.perf_counter() - start) / LATENCY)


if __name__ == "__main__":
    for workers in (2, 4, 8):
        print(f"{workers} threads: {REQUESTS} requests took {waves(workers)} x 0.2 s")
        #> 2 threads: 8 requests took 4 x 0.2 s
        #> 4 threads: 8 requests took 2 x 0.2 s
        #> 8 threads: 8 requests took 1 x 0.2 s
