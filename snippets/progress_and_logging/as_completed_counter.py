"""A progress counter by hand: count futures as they finish."""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def fetch(page: int) -> int:
    time.sleep(0.01 * (page % 3))  # pages take different times
    return page * 100


if __name__ == "__main__":
    pages = range(1, 7)
    sizes: dict[int, int] = {}
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = {pool.submit(fetch, page): page for page in pages}
        # as_completed() yields each future when it is done, whichever it is,
        # so the count moves as work finishes. Printing here is safe: this is
        # the main thread, and only it touches the counter.
        for done, future in enumerate(as_completed(futures), start=1):
            sizes[futures[future]] = future.result()
            print(f"{done}/{len(futures)} done")
            #> 1/6 done
            #> 2/6 done
            #> 3/6 done
            #> 4/6 done
            #> 5/6 done
            #> 6/6 done
    print("sizes by page:", dict(sorted(sizes.items())))
    #> sizes by page: {1: 100, 2: 200, 3: 300, 4: 400, 5: 500, 6: 600}
