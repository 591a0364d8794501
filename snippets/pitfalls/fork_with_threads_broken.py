"""Broken: fork while another thread holds a lock; the child never gets it."""

import multiprocessing
import threading
from multiprocessing.connection import Connection

cache: dict[str, str] = {}
cache_lock = threading.Lock()  # your own lock, guarding your own cache


def refresh_cache(holding: threading.Event, done: threading.Event) -> None:
    with cache_lock:  # a background thread, in the middle of an update
        holding.set()
        done.wait()
        cache["answer"] = "42"


def child(reply: Connection) -> None:
    # fork copied the lock in its locked state, but not the thread that holds
    # it: nobody in the child will ever release it. A plain acquire() would
    # wait for ever; the timeout lets the child report back instead.
    reply.send(cache_lock.acquire(timeout=0.5))


if __name__ == "__main__":
    holding, done = threading.Event(), threading.Event()
    refresher = threading.Thread(target=refresh_cache, args=(holding, done))
    refresher.start()
    holding.wait()
    # Bug (on purpose): fork while another thread holds cache_lock.
    fork = multiprocessing.get_context("fork")
    receive, reply = fork.Pipe(duplex=False)
    process = fork.Process(target=child, args=(reply,))
    process.start()
    got_lock = receive.recv()
    process.join()
    done.set()
    refresher.join()
    print("acquire(timeout=0.5) in the child returned", got_lock)
    #> acquire(timeout=0.5) in the child returned False
