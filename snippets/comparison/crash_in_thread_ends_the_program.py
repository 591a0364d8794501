"""A hard crash in one thread ends its whole process, every thread with it."""

import multiprocessing
import os
import threading
import time
from multiprocessing.queues import SimpleQueue


def crash_hard() -> None:
    # Ends the process at once, as a segfault in a C extension would:
    # no exception, no cleanup.
    os._exit(1)


def program(reports: SimpleQueue[str]) -> None:
    """A small program with two threads, run in a child process of its own."""
    threading.Thread(target=crash_hard).start()
    time.sleep(2)  # the main thread's own work, cut short by the crash
    reports.put("main thread finished")


if __name__ == "__main__":
    # Run it in a separate process, so that only that process dies.
    reports: SimpleQueue[str] = multiprocessing.SimpleQueue()
    child = multiprocessing.Process(target=program, args=(reports,))
    child.start()
    child.join()
    print("exit code:", child.exitcode)
    #> exit code: 1
    # The child's main thread never sent its report: the process was gone.
    received = []
    while not reports.empty():
        received.append(reports.get())
    print("reports from the child:", received)
    #> reports from the child: []
