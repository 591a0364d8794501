"""Ctrl-C, then Ctrl-C again: the program still waits for its thread's job."""

import signal
import subprocess
import sys

from run_child import HERE

if __name__ == "__main__":
    command = [sys.executable, str(HERE / "thread_job_service.py"), "--wait-for-signal"]
    # The second Ctrl-C interrupts asyncio's own clean-up, with or without a
    # traceback depending on where it lands: only stdout is shown here.
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            print(line.rstrip("\n"))
            #> ready
            #> main task cancelled
            #> thread job: ran to the end
            if line.startswith(("ready", "main task cancelled")):
                child.send_signal(signal.SIGINT)  # press Ctrl-C, twice
        child.wait(timeout=10)
