"""A producer hands work to consumer threads through a queue.Queue."""

import queue
import threading

STOP = None  # a sentinel: one per consumer tells it that no more work is coming


def produce(tasks: queue.Queue[str | None], words: list[str], consumers: int) -> None:
    for word in words:
        tasks.put(word)  # blocks while the queue is full: natural back-pressure
    for _ in range(consumers):
        tasks.put(STOP)


def consume(tasks: queue.Queue[str | None], results: queue.Queue[str]) -> None:
    while (word := tasks.get()) is not STOP:
        results.put(word.upper())


if __name__ == "__main__":
    words = ["lock", "queue", "event", "barrier", "thread", "future"]
    tasks: queue.Queue[str | None] = queue.Queue(maxsize=2)
    results: queue.Queue[str] = queue.Queue()
    consumers = [
        threading.Thread(target=consume, args=(tasks, results)) for _ in range(3)
    ]
    for thread in consumers:
        thread.start()
    produce(tasks, words, len(consumers))  # the main thread is the producer
    for thread in consumers:
        thread.join()

    # Which consumer handled which word varies from run to run; sort.
    print(sorted(results.get() for _ in words))
    #> ['BARRIER', 'EVENT', 'FUTURE', 'LOCK', 'QUEUE', 'THREAD']
    print("left in the queue:", tasks.qsize())
    #> left in the queue: 0
