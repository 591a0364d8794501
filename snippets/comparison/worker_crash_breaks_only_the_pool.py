"""A worker process that dies breaks its pool; the parent carries on."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def crash() -> None:
    # Ends the worker at once, as a segfault in a C extension would:
    # no exception, no cleanup.
    os._exit(1)


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(crash)
        try:
            future.result()
        except BrokenProcessPool as error:
            print("the pool says:", type(error).__name__)
            #> the pool says: BrokenProcessPool

    # The parent process is unharmed: a fresh pool works.
    with ProcessPoolExecutor(max_workers=1) as pool:
        print("a new pool computes:", pool.submit(square, 7).result())
        #> a new pool computes: 49
