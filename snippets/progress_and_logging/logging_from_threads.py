"""Logging from many threads: every record arrives whole, with its thread."""

import io
import logging
import threading
from collections import Counter

log = logging.getLogger("orders")


def process_orders(count: int) -> None:
    for order in range(count):
        log.info("order %d processed", order)


if __name__ == "__main__":
    stream = io.StringIO()  # stands in for a file or a terminal
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)

    threads = [
        threading.Thread(target=process_orders, args=(500,), name=f"worker-{n}")
        for n in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    log.removeHandler(handler)

    # Each handler holds its own lock while it writes a record, so records
    # from different threads never mix within a line.
    lines = stream.getvalue().splitlines()
    print("lines:", len(lines), "first:", lines[0])
    #> lines: 2000 first: worker-0 order 0 processed
    per_thread = Counter(line.split()[0] for line in lines)
    print(sorted(per_thread.items()))
    #> [('worker-0', 500), ('worker-1', 500), ('worker-2', 500), ('worker-3', 500)]
    well_formed = [line for line in lines if line.endswith(" processed")]
    print("well-formed lines:", len(well_formed))
    #> well-formed lines: 2000
