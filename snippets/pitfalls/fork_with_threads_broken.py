# /// script
# requires-python = ">=3.11"
# [tool.snippet]
# platforms = ["linux", "darwin"]
# ///
"""Broken: fork while another thread holds a lock; the child never gets it."""

import multiprocessing
import threading

log_lock = threading.Lock()


def busy_logger(holding: threading.Event, release: threading.Event) -> None:
    with log_lock:  # say, a logging handler in the middle of writing a line
        holding.set()
        release.wait()


def child(results: multiprocessing.Queue) -> None:
    # fork copied the lock in its locked state, but not the thread that
    # holds it: nobody in the child will ever release it.
    results.put(log_lock.acquire(timeout=0.5))


if __name__ == "__main__":
    holding, release = threading.Event(), threading.Event()
    logger = threading.Thread(target=busy_logger, args=(holding, release))
    logger.start()
    holding.wait()  # fork at the moment the lock is held
    fork = multiprocessing.get_context("fork")
    results = fork.Queue()
    process = fork.Process(target=child, args=(results,))
    process.start()
    got_lock = results.get()
    process.join()
    release.set()
    logger.join()
    print("child acquired the lock:", got_lock)
    #> child acquired the lock: False
