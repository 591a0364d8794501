"""On Ctrl-C, the main thread tells the worker to stop and waits for it."""

import signal
import subprocess
import sys
import threading
import time


def poll(stop: threading.Event) -> None:
    while not stop.wait(0.05):
        pass  # one step of real work would go here
    print("poller: stopped", flush=True)


def child() -> None:
    stop = threading.Event()
    worker = threading.Thread(target=poll, args=(stop,), name="poller")
    worker.start()
    try:
        print("ready", flush=True)  # inside try: Ctrl-C may come at once
        while worker.is_alive():
            time.sleep(0.1)
    except KeyboardInterrupt:
        print("main thread: KeyboardInterrupt", flush=True)
        stop.set()  # the worker sees it within one step
        worker.join()


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        child()
    else:
        command = [sys.executable, __file__, "--child"]
        with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as program:
            assert program.stdout is not None
            program.stdout.readline()  # "ready"
            program.send_signal(signal.SIGINT)  # what Ctrl-C sends
            try:
                output, _ = program.communicate(timeout=5)
            except subprocess.TimeoutExpired:
                program.kill()  # never leave it behind, even if this fails
                raise
        print(output.splitlines(), "exit status", program.returncode)
        #> ['main thread: KeyboardInterrupt', 'poller: stopped'] exit status 0
