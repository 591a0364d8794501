"""Fixed: find which task kills its worker, and retry the rest on a new pool."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def convert(page: int) -> int:
    if page == 3:
        os._exit(3)
    return page


def convert_each(pages: list[int]) -> dict[int, int | str]:
    results: dict[int, int | str] = {}
    for page in pages:
        # One pool per try keeps one crash from taking the other pages with it.
        with ProcessPoolExecutor(max_workers=1) as pool:
            try:
                results[page] = pool.submit(convert, page).result()
            except BrokenProcessPool:
                results[page] = "worker died"
    return results


if __name__ == "__main__":
    print(convert_each([1, 2, 3, 4]))
    #> {1: 1, 2: 2, 3: 'worker died', 4: 4}
