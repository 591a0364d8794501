# /// script
# requires-python = ">=3.15"
# ///
"""synchronized_iterator and concurrent_tee: one stream, several threads."""

import itertools
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor

# Each call makes a new counter whose next() is safe to call from any thread.
make_ticket_counter = threading.synchronized_iterator(itertools.count)


def take_tickets(counter: Iterator[int], how_many: int) -> list[int]:
    return [next(counter) for _ in range(how_many)]


def total(stream: Iterable[int]) -> int:
    return sum(stream)


if __name__ == "__main__":
    counter = make_ticket_counter(1)
    with ThreadPoolExecutor(max_workers=4) as pool:
        batches = list(pool.map(take_tickets, [counter] * 4, [250] * 4))
    tickets = sorted(itertools.chain.from_iterable(batches))
    # No ticket handed out twice, none skipped.
    print(len(tickets), len(set(tickets)), tickets[0], tickets[-1])
    #> 1000 1000 1 1000

    # concurrent_tee gives each thread its own full copy of one stream.
    readings = iter(range(1, 101))
    copies = threading.concurrent_tee(readings, n=3)
    with ThreadPoolExecutor(max_workers=3) as pool:
        print(list(pool.map(total, copies)))
        #> [5050, 5050, 5050]
