"""Fixed: a Manager queue is a proxy, and proxies can travel as arguments."""

import multiprocessing


def report(progress, item: int) -> int:
    progress.put(item)
    return item * 2


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        progress = manager.Queue()
        with multiprocessing.Pool(2) as pool:
            results = pool.starmap(report, [(progress, 1), (progress, 2)])
        done = sorted(progress.get() for _ in results)
    print(results, done)
    #> [2, 4] [1, 2]
