"""Fixed: send plain data to the worker, and keep the lock in the parent."""

import threading
from concurrent.futures import ProcessPoolExecutor


class Counter:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.count = 0


def work(item: int) -> int:  # takes and returns only picklable values
    return item * 10


if __name__ == "__main__":
    counter = Counter()
    with ProcessPoolExecutor(max_workers=2) as pool:
        for result in pool.map(work, [1, 2, 3]):
            with counter.lock:  # the parent's threads share this lock
                counter.count += result
    print(counter.count)
    #> 60
