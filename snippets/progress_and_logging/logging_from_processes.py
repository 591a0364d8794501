"""Workers send log records through a queue; one listener in the parent writes."""

import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from logging.handlers import QueueHandler, QueueListener


def log_to_queue(queue: multiprocessing.Queue) -> None:
    # Runs once in each worker. Replace any handler a forked worker
    # inherited: the worker only puts records on the queue.
    root = logging.getLogger()
    root.handlers[:] = [QueueHandler(queue)]
    root.setLevel(logging.INFO)


def resize(image: int) -> int:
    logging.getLogger("resize").info("image %d resized", image)
    return image


class KeepRecords(logging.Handler):
    """Stands in for a FileHandler: only the parent's listener calls it."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


if __name__ == "__main__":
    queue: multiprocessing.Queue = multiprocessing.Queue()
    kept = KeepRecords()
    listener = QueueListener(queue, kept)  # a thread that drains the queue
    listener.start()
    with ProcessPoolExecutor(
        max_workers=2, initializer=log_to_queue, initargs=(queue,)
    ) as pool:
        list(pool.map(resize, range(6)))
    listener.stop()  # handles what is still queued, then ends its thread
    queue.close()
    queue.join_thread()

    # Records from two workers arrive interleaved; sort them to compare.
    messages = sorted(record.getMessage() for record in kept.records)
    print(len(messages), "records:", messages[0], "...", messages[-1])
    #> 6 records: image 0 resized ... image 5 resized
    from_workers = [r for r in kept.records if r.process != os.getpid()]
    print("records written by the parent, sent by workers:", len(from_workers))
    #> records written by the parent, sent by workers: 6
