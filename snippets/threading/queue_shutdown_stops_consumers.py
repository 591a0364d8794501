# /// script
# requires-python = ">=3.13"
# ///
"""Python 3.13+: Queue.shutdown() tells every consumer to stop, no sentinels."""

import queue
import threading


def consume(tasks: queue.Queue[str], results: queue.Queue[str]) -> None:
    while True:
        try:
            word = tasks.get()
        except queue.ShutDown:  # shut down, and nothing left to take
            return
        results.put(word.upper())


if __name__ == "__main__":
    words = ["lock", "queue", "event", "barrier", "thread", "future"]
    tasks: queue.Queue[str] = queue.Queue()
    results: queue.Queue[str] = queue.Queue()
    consumers = [
        threading.Thread(target=consume, args=(tasks, results)) for _ in range(3)
    ]
    for thread in consumers:
        thread.start()  # each one blocks in get() until there is work
    for word in words:
        tasks.put(word)
    # No more puts. Items still queued stay: the consumers get every word,
    # then get() raises ShutDown in each of them, even one already blocked in it.
    tasks.shutdown()
    for thread in consumers:
        thread.join()

    print(sorted(results.get() for _ in words))
    #> ['BARRIER', 'EVENT', 'FUTURE', 'LOCK', 'QUEUE', 'THREAD']
    try:
        tasks.put("late")
    except queue.ShutDown as error:
        print("put() after shutdown() raised", type(error).__name__)
        #> put() after shutdown() raised ShutDown
