"""Broken: a worker process dies in the middle of a task."""

import os
import traceback
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def convert(page: int) -> int:
    if page == 3:
        os._exit(3)  # stands in for a crash, a segfault or the OOM killer
    return page


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            print(list(pool.map(convert, [1, 2, 3, 4])))
        except BrokenProcessPool:
            # The traceback, on stderr. chain=False leaves out the cause that
            # 3.15 adds when it already knows the worker's exit code.
            traceback.print_exc(chain=False)
            #2> Traceback (most recent call last):
            #2>   File "snippets/errors/broken_process_pool_broken.py", line 18, in <module>
            #2>     print(list(pool.map(convert, [1, 2, 3, 4])))
            #2>   ...
            #2> concurrent.futures.process.BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
