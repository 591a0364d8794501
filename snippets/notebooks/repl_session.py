# Typed at the >>> prompt, this breaks; run as a file, it works. (No module
# docstring: the REPL would echo it.)

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(n: int) -> int:
    return n * n


if __name__ == "__main__":
    # spawn is the default on macOS and Windows; Linux uses forkserver from 3.14.
    spawn = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(1, mp_context=spawn) as executor:
            print("executor:", list(executor.map(square, range(5))))
            #> executor: [0, 1, 4, 9, 16]
    except BrokenProcessPool as error:
        print("executor: BrokenProcessPool:", error)
    # multiprocessing.Pool replaces a dead worker and waits for ever instead.
    with spawn.Pool(1) as pool:
        pool.apply(time.sleep, (0,))  # the worker is up: the 1 s is for the work
        try:
            print("Pool:", pool.map_async(square, range(5)).get(timeout=1))
            #> Pool: [0, 1, 4, 9, 16]
        except multiprocessing.TimeoutError:
            print("Pool: no result after 1 s")
