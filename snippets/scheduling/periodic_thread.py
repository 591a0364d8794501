"""A periodic job in a thread: Event.wait(timeout) is both the sleep and the stop."""

import logging
import math
import threading
import time

PERIOD = 0.05  # seconds
log: list[str] = []
in_third_run, may_finish = threading.Event(), threading.Event()


def job(n: int) -> None:
    log.append(f"start {n}")
    if n == 2:
        raise ConnectionError("the flush failed")
    if n == 3:  # hold the third run open while the main thread asks to stop
        in_third_run.set()
        may_finish.wait()
    log.append(f"end {n}")


def run_every(period: float, stop: threading.Event) -> None:
    start = time.monotonic()  # never jumps, unlike time.time()
    n = 0
    while True:
        n += 1
        try:
            job(n)
        except Exception:  # one failed run must not end the schedule
            logging.exception("run %d failed", n)
        k = math.floor((time.monotonic() - start) / period) + 1
        # Returns True at once when stop is set, False when the tick is due.
        if stop.wait(timeout=start + k * period - time.monotonic()):
            return


if __name__ == "__main__":
    stop = threading.Event()
    worker = threading.Thread(target=run_every, args=(PERIOD, stop))
    worker.start()
    in_third_run.wait()
    stop.set()
    may_finish.set()
    worker.join()  # waits for the third run to end; no fourth one starts
    print(log)
    #> ['start 1', 'end 1', 'start 2', 'start 3', 'end 3']
#2> ERROR:root:run 2 failed
#2> Traceback (most recent call last):
#2>   File "snippets/scheduling/periodic_thread.py", line 29, in run_every
#2>     job(n)
#2>   File "snippets/scheduling/periodic_thread.py", line 16, in job
#2>     raise ConnectionError("the flush failed")
#2> ConnectionError: the flush failed
