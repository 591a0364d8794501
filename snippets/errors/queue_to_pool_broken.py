"""Broken: a multiprocessing.Queue passed to pool workers as an argument."""

import multiprocessing


def report(progress: multiprocessing.Queue, item: int) -> int:
    progress.put(item)
    return item * 2


if __name__ == "__main__":
    progress: multiprocessing.Queue = multiprocessing.Queue()
    with multiprocessing.Pool(2) as pool:
        try:
            pool.starmap(report, [(progress, 1), (progress, 2)])
        except RuntimeError as exc:
            print(f"RuntimeError: {exc}")
            #> RuntimeError: Queue objects should only be shared between processes through inheritance
