"""Broken: os.fork() while another thread is running."""

import os
import threading

if __name__ == "__main__":
    stop = threading.Event()
    ticker = threading.Thread(target=stop.wait)  # e.g. a metrics or log thread
    ticker.start()
    pid = os.fork()
    #2> [3.12+] snippets/errors/fork_with_threads_warning_broken.py:10: DeprecationWarning: This process (pid=6536) is multi-threaded, use of fork() may lead to deadlocks in the child.
    #2> [3.12+]   pid = os.fork()
    if pid == 0:
        os._exit(0)  # the child: only the thread that called fork() exists here
    os.waitpid(pid, 0)
    stop.set()
    ticker.join()
    print("child finished")
    #> child finished
