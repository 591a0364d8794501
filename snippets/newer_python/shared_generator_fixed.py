# /// script
# requires-python = ">=3.15"
# ///
"""threading.serialize_iterator: a second caller waits for its turn."""

import threading
from collections.abc import Iterator

inside = threading.Event()  # the first thread is running the generator's body
release = threading.Event()


def numbered_jobs() -> Iterator[int]:
    for number in range(1, 4):
        inside.set()
        release.wait()  # stands in for slow work between two items
        yield number


def take_one(jobs: Iterator[int], got: list[int]) -> None:
    got.append(next(jobs))


if __name__ == "__main__":
    # The wrapper holds a lock around each next(), so callers take turns.
    jobs = threading.serialize_iterator(numbered_jobs())
    got: list[int] = []
    first = threading.Thread(target=take_one, args=(jobs, got))
    first.start()
    inside.wait()
    second = threading.Thread(target=take_one, args=(jobs, got))
    second.start()  # while the first is inside, this next() waits its turn
    release.set()
    first.join()
    second.join()
    print(sorted(got), "left:", list(jobs))
    #> [1, 2] left: [3]
