"""Broken: the worker's function is defined only under the __main__ guard."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

if __name__ == "__main__":

    def square(x: int) -> int:  # a spawned worker never runs this line
        return x * x

    # spawn: the default on macOS and Windows; forkserver (Linux 3.14+) fails too
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        try:
            print(pool.submit(square, 4).result())
        except BrokenProcessPool as exc:
            print(f"BrokenProcessPool: {exc}")
            #> BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
    #2> Process SpawnProcess-1:
    #2> Traceback (most recent call last):
    #2>   ...
    #2> [3.11-3.13] AttributeError: Can't get attribute 'square' on <module '__mp_main__' from 'snippets/errors/cant_get_attribute_broken.py'>
    #2> [3.14+] AttributeError: module '__mp_main__' has no attribute 'square'
