"""Two threads pull from one generator: the second one gets a ValueError."""

import threading
from collections.abc import Iterator

inside = threading.Event()  # the first thread is running the generator's body
release = threading.Event()


def numbered_jobs() -> Iterator[int]:
    for number in range(1, 4):
        inside.set()
        release.wait()  # stands in for slow work between two items
        yield number


if __name__ == "__main__":
    jobs = numbered_jobs()
    first = threading.Thread(target=next, args=(jobs,))
    first.start()
    inside.wait()
    # A generator runs one next() at a time; it does not make a caller wait.
    try:
        next(jobs)
    except ValueError as error:
        print(f"ValueError: {error}")
        #> ValueError: generator already executing
    release.set()
    first.join()
