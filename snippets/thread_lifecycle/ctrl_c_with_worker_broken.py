"""Ctrl-C stops the main thread, but a worker thread keeps the process running."""

import signal
import subprocess
import sys
import threading
import time


def poll_forever() -> None:
    while True:  # nothing here ever asks it to stop
        time.sleep(0.05)


def child() -> None:
    worker = threading.Thread(target=poll_forever, name="poller")
    worker.start()
    print("ready", flush=True)
    while worker.is_alive():  # Ctrl-C raises KeyboardInterrupt here...
        time.sleep(0.1)  # ...in the main thread only


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        child()
    else:
        command = [sys.executable, __file__, "--child"]
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as program:
            assert program.stdout is not None and program.stderr is not None
            program.stdout.readline()  # "ready"
            program.send_signal(signal.SIGINT)  # what Ctrl-C sends
            try:
                program.wait(timeout=1)
            except subprocess.TimeoutExpired:
                print("still running 1 s after Ctrl-C")
                #> still running 1 s after Ctrl-C
                program.kill()  # the only way out left
            # The main thread did get the KeyboardInterrupt:
            print("last line on stderr:", program.stderr.read().splitlines()[-1])
            #> last line on stderr: KeyboardInterrupt
