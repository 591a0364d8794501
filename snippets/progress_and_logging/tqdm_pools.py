# /// script
# dependencies = ["tqdm>=4.66,<5"]
# ///
"""A tqdm progress bar over a thread pool and over a process pool."""

import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed

from tqdm import tqdm

# tqdm starts a monitor thread that lives until the program exits (it redraws
# bars that go quiet for 10 s); short jobs like these can do without it.
tqdm.monitor_interval = 0


def download(page: int) -> int:
    time.sleep(0.01)  # waiting on the network
    return page


def checksum(block: int) -> int:
    return sum(range(block * 1_000)) % 97  # computing


if __name__ == "__main__":
    pages = range(40)
    with ThreadPoolExecutor(max_workers=8) as threads:
        futures = [threads.submit(download, page) for page in pages]
        # The bar advances as each future completes; it draws on stderr.
        with tqdm(total=len(futures), desc="downloads") as bar:
            for future in as_completed(futures):
                future.result()
                bar.update()
    print("downloads bar:", bar.n, "of", bar.total)
    #> downloads bar: 40 of 40
    #2> downloads: 100%|██████████| 40/40 [00:00<00:00, 821.04it/s]

    blocks = range(40)
    with ProcessPoolExecutor(max_workers=2) as processes:
        # map() yields results in input order: the bar follows that order.
        in_order = processes.map(checksum, blocks, chunksize=4)
        results = list(tqdm(in_order, total=len(blocks), desc="checksums"))
    print("checksums:", len(results), "first five:", results[:5])
    #> checksums: 40 first five: [0, 47, 24, 28, 59]
    #2> checksums: 100%|██████████| 40/40 [00:00<00:00, 3237.47it/s]
