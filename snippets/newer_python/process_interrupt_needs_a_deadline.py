# /// script
# requires-python = ">=3.14"
# ///
"""A child that swallows KeyboardInterrupt ignores interrupt(): give it a deadline."""

import multiprocessing
import time
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess


def worker(report: Connection) -> None:
    try:
        report.send("started")
        time.sleep(60)  # stands in for long work
    except KeyboardInterrupt:
        pass  # swallowed, as a bare `except:` in library code would
    time.sleep(60)  # and the work goes on


def stop(child: BaseProcess, grace: float) -> str:
    """Ask the child to clean up; after `grace` seconds, end it."""
    child.interrupt()
    child.join(grace)
    if not child.is_alive():
        return "interrupt()"
    child.terminate()  # SIGTERM, which a child with its own handler may ignore
    child.join(5)  # without a handler it ends at once; this only waits for that
    if not child.is_alive():
        return "terminate()"
    child.kill()  # SIGKILL: nothing can catch it, and no clean-up runs
    child.join()
    return "kill()"


if __name__ == "__main__":
    context = multiprocessing.get_context()
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=worker, args=(send,))
    child.start()
    receive.recv()  # wait until the child is inside its try block
    stopped_by = stop(child, grace=0.5)
    print(f"ended by {stopped_by}, exit code {child.exitcode}")
    #> ended by terminate(), exit code -15
