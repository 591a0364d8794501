# /// script
# requires-python = ">=3.14"
# ///
"""sys.remote_exec: run a script inside another running Python process."""

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

orders = ["tea", "cake"]
stop = threading.Event()

# Runs in the other process, in its main thread, at a safe point. It has its
# own globals: it reaches the program's state through __main__.
INJECTED = """
import __main__
__main__.orders.append("scone")
__main__.stop.set()
"""


def busy_program() -> None:
    print("ready", flush=True)
    while not stop.is_set():
        time.sleep(0.01)  # the injected script runs between two sleeps
    print("orders:", orders, flush=True)


def inject_into_new_program(*options: str, **env: str) -> str:
    with (
        tempfile.TemporaryDirectory() as folder,
        subprocess.Popen(
            [sys.executable, *options, __file__, "--busy"],
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ | env,
        ) as program,
    ):
        assert program.stdout is not None  # a pipe, as asked above
        program.stdout.readline()  # wait for "ready"
        script = Path(folder, "inject.py")
        script.write_text(INJECTED)
        try:
            sys.remote_exec(program.pid, str(script))
        except RuntimeError as error:
            program.kill()
            return f"RuntimeError: {error}"
        return program.stdout.read().strip()


if __name__ == "__main__":
    if sys.argv[1:] == ["--busy"]:
        busy_program()
    else:
        print(inject_into_new_program())
        #> orders: ['tea', 'cake', 'scone']
        # A program started with either of these refuses.
        print(inject_into_new_program("-X", "disable-remote-debug"))
        #> RuntimeError: Remote debugging is not enabled in the remote process
        print(inject_into_new_program(PYTHON_DISABLE_REMOTE_DEBUG="1"))
        #> RuntimeError: Remote debugging is not enabled in the remote process
