# /// script
# requires-python = ">=3.14"
# ///
"""Python 3.14+: a QueueListener as a context manager starts and stops itself."""

import io
import logging
import queue
import threading
from logging.handlers import QueueHandler, QueueListener

log = logging.getLogger("orders")


def listener_threads() -> int:
    # The listener's thread runs its _monitor() method, and is named after it.
    return sum(t.name.endswith("(_monitor)") for t in threading.enumerate())


if __name__ == "__main__":
    stream = io.StringIO()  # stands in for a file
    records: queue.Queue[logging.LogRecord] = queue.Queue()
    log.addHandler(QueueHandler(records))
    log.setLevel(logging.INFO)

    with QueueListener(records, logging.StreamHandler(stream)):
        print("listener threads inside the block:", listener_threads())
        #> listener threads inside the block: 1
        for order in range(100):
            log.info("order %d processed", order)
    # Leaving the block called stop(): it handled every queued record first.
    print("listener threads after the block:", listener_threads())
    #> listener threads after the block: 0
    print("lines written:", len(stream.getvalue().splitlines()))
    #> lines written: 100
