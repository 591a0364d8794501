"""Fixed: start the child with spawn; it builds its own, unlocked, lock."""

import multiprocessing
import threading

log_lock = threading.Lock()


def busy_logger(holding: threading.Event, release: threading.Event) -> None:
    with log_lock:
        holding.set()
        release.wait()


def child(results: multiprocessing.Queue) -> None:
    # A spawned child starts a fresh interpreter and imports this module:
    # log_lock is a new lock that no thread holds.
    results.put(log_lock.acquire(timeout=0.5))


if __name__ == "__main__":
    holding, release = threading.Event(), threading.Event()
    logger = threading.Thread(target=busy_logger, args=(holding, release))
    logger.start()
    holding.wait()  # the parent's lock is held, as before
    spawn = multiprocessing.get_context("spawn")  # or "forkserver"
    results = spawn.Queue()
    process = spawn.Process(target=child, args=(results,))
    process.start()
    got_lock = results.get()
    process.join()
    release.set()
    logger.join()
    print("child acquired the lock:", got_lock)
    #> child acquired the lock: True
