"""What happens to a daemon thread, and to a normal one, when the main thread ends."""

import atexit
import subprocess
import sys
import threading
import time


def heartbeat(started: threading.Event) -> None:
    try:
        started.set()
        while True:  # background work that never ends by itself
            time.sleep(0.05)
    finally:
        print("heartbeat: finally", flush=True)  # never printed


def save_report(started: threading.Event, main_done: threading.Event) -> None:
    try:
        started.set()
        main_done.wait()  # still working after the main thread has returned
        print("save_report: saved", flush=True)
    finally:
        print("save_report: finally", flush=True)


def run_child(kind: str) -> str:
    """Run this file as a separate program and return what it printed."""
    command = [sys.executable, __file__, "--child", kind]
    run = subprocess.run(command, capture_output=True, text=True, timeout=5)
    lines = [f"{kind} worker, exit status {run.returncode}:"]
    return "\n    ".join(lines + run.stdout.splitlines())


def child(daemon: bool) -> None:
    """The program under test: one worker thread, then the main thread ends."""
    atexit.register(print, "atexit handler", flush=True)
    started, main_done = threading.Event(), threading.Event()
    if daemon:
        worker = threading.Thread(target=heartbeat, args=(started,), daemon=True)
    else:
        worker = threading.Thread(target=save_report, args=(started, main_done))
    worker.start()
    started.wait()
    print("main thread: returning", flush=True)
    main_done.set()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(daemon=sys.argv[2] == "daemon")
    else:
        print(run_child("daemon"))
        #> daemon worker, exit status 0:
        #>     main thread: returning
        #>     atexit handler
        print(run_child("normal"))
        #> normal worker, exit status 0:
        #>     main thread: returning
        #>     save_report: saved
        #>     save_report: finally
        #>     atexit handler
