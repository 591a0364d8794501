"""A Pool replaces a worker that died, but the task it was running never returns."""

import multiprocessing
import os


def crash() -> None:
    # Ends the worker at once, as a segfault in a C extension would:
    # no exception, no cleanup, nothing sent back.
    os._exit(1)


def add_one(n: int) -> int:
    return n + 1


if __name__ == "__main__":
    with multiprocessing.Pool(processes=1) as pool:
        lost = pool.apply_async(crash)
        try:
            # Without a timeout, get() (and map()) would wait for ever.
            lost.get(timeout=1)
        except multiprocessing.TimeoutError as error:
            print("get(timeout=1) raised", type(error).__name__)
            #> get(timeout=1) raised TimeoutError
        # The pool quietly started a new worker; later tasks run as usual.
        print("the same pool computes:", pool.apply(add_one, (41,)))
        #> the same pool computes: 42
