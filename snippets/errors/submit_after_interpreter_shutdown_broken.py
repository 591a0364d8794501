"""Broken: a background thread submits work after the main thread has ended."""

import threading
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=2)


def save_state() -> None:
    pass


def save_when_main_ends() -> None:
    threading.main_thread().join()  # a watcher meant to save state at exit
    pool.submit(save_state)  # too late: the pool closed with the main thread


if __name__ == "__main__":
    threading.Thread(target=save_when_main_ends, name="saver").start()
    print("main thread done")
    #> main thread done
    #2> Exception in thread saver:
    #2> Traceback (most recent call last):
    #2>   ...
    #2>   File "snippets/errors/submit_after_interpreter_shutdown_broken.py", line 15, in save_when_main_ends
    #2>     pool.submit(save_state)  # too late: the pool closed with the main thread
    #2>   ...
    #2> RuntimeError: cannot schedule new futures after interpreter shutdown
