"""Fixed: a fixed-size pool of threads, whatever the number of items."""

from concurrent.futures import ThreadPoolExecutor


def download(url: str) -> int:
    return len(url)


if __name__ == "__main__":
    urls = [f"https://example.org/{n}" for n in range(10_000)]
    # Eight threads take turns at ten thousand items.
    with ThreadPoolExecutor(max_workers=8) as pool:
        sizes = list(pool.map(download, urls))
    print(len(sizes), sizes[0])
    #> 10000 21
