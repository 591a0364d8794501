"""Fixed: start the child with spawn; it builds its own, unlocked, lock."""

import multiprocessing
import threading
from multiprocessing.connection import Connection

cache: dict[str, str] = {}
cache_lock = threading.Lock()


def refresh_cache(holding: threading.Event, done: threading.Event) -> None:
    with cache_lock:
        holding.set()
        done.wait()
        cache["answer"] = "42"


def child(reply: Connection) -> None:
    # A spawned child starts a fresh interpreter and imports this module:
    # its cache_lock is a new lock that no thread holds.
    reply.send(cache_lock.acquire(timeout=0.5))


if __name__ == "__main__":
    holding, done = threading.Event(), threading.Event()
    refresher = threading.Thread(target=refresh_cache, args=(holding, done))
    refresher.start()
    holding.wait()  # the parent's lock is held, as before
    spawn = multiprocessing.get_context("spawn")
    receive, reply = spawn.Pipe(duplex=False)
    process = spawn.Process(target=child, args=(reply,))
    process.start()
    got_lock = receive.recv()
    process.join()
    done.set()
    refresher.join()
    print("acquire(timeout=0.5) in the child returned", got_lock)
    #> acquire(timeout=0.5) in the child returned True
