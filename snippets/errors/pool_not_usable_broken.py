"""Broken: after one worker died, the program keeps using the same pool."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def convert(page: int) -> int:
    if page == 3:
        os._exit(3)  # stands in for a crash
    return page


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        for page in [3, 4]:
            try:
                print(pool.submit(convert, page).result())
            except BrokenProcessPool as exc:
                print(f"page {page}: BrokenProcessPool: {exc}")
                #> page 3: BrokenProcessPool: A process in the process pool was terminated abruptly while the future was running or pending.
                #> page 4: BrokenProcessPool: A child process terminated abruptly, the process pool is not usable anymore
