# /// script
# requires-python = ">=3.15"
# ///
"""profiling.sampling dump: where is each thread of a running program?"""

import re
import subprocess
import sys
import threading
from pathlib import Path

HERE = re.escape(Path(__file__).name)
PROFILER = [sys.executable, "-m", "profiling.sampling"]


def wait_for_orders(ready: threading.Barrier, stop: threading.Event) -> None:
    ready.wait()
    stop.wait()


def wait_for_payments(ready: threading.Barrier, stop: threading.Event) -> None:
    ready.wait()
    stop.wait()


def busy_program() -> None:
    """The program we look into: two waiting threads and the main thread."""
    ready, stop = threading.Barrier(3), threading.Event()
    workers = [
        threading.Thread(target=job, args=(ready, stop))
        for job in (wait_for_orders, wait_for_payments)
    ]
    for worker in workers:
        worker.start()
    ready.wait()
    print("ready", flush=True)
    sys.stdin.readline()  # runs until the parent closes our stdin
    stop.set()
    for worker in workers:
        worker.join()


def where_each_thread_is(dump: str) -> list[str]:
    # One block per thread; keep its innermost frame that is in this file.
    places = []
    for block in dump.strip().split("\n\n"):
        which = "main thread" if "main thread" in block.splitlines()[0] else "thread"
        mine = re.findall(rf'File "[^"]*{HERE}", line \d+, in (\w+)', block)
        places.append(f"{which}: {mine[-1]}")
    return sorted(places)


if __name__ == "__main__":
    if sys.argv[1:] == ["--busy"]:
        busy_program()
    else:
        with subprocess.Popen(
            [sys.executable, __file__, "--busy"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ) as program:
            assert program.stdout is not None  # a pipe, as asked above
            program.stdout.readline()  # wait for "ready"
            # Attach from outside: no restart, no change to the program.
            dump = subprocess.run(
                [*PROFILER, "dump", "--all-threads", str(program.pid)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        for place in where_each_thread_is(dump):
            print(place)
            #> main thread: busy_program
            #> thread: wait_for_orders
            #> thread: wait_for_payments
