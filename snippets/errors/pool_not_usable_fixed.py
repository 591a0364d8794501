"""Fixed: a broken pool cannot be repaired; start a new one and go on."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def convert(page: int) -> int:
    if page == 3:
        os._exit(3)
    return page


if __name__ == "__main__":
    results: list[int | str] = []
    pool = ProcessPoolExecutor(max_workers=1)
    for page in [3, 4]:
        try:
            results.append(pool.submit(convert, page).result())
        except BrokenProcessPool:
            results.append("worker died")
            pool.shutdown()
            pool = ProcessPoolExecutor(max_workers=1)  # a fresh set of workers
    pool.shutdown()
    print(results)
    #> ['worker died', 4]
