"""Broken: an object that holds a threading.Lock sent to a process pool."""

import threading
from concurrent.futures import ProcessPoolExecutor


class Counter:
    def __init__(self) -> None:
        self.lock = threading.Lock()  # cannot be copied to another process
        self.count = 0


def bump(counter: Counter) -> int:
    with counter.lock:
        counter.count += 1
        return counter.count


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            pool.submit(bump, Counter()).result()
        except TypeError as exc:
            print(f"TypeError: {exc}")
            #> TypeError: cannot pickle '_thread.lock' object
