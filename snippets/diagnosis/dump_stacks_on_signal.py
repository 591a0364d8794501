"""Ask a stuck program for every thread's stack: faulthandler on SIGUSR1."""

import faulthandler
import re
import signal
import subprocess
import sys
import threading


def update_cache(lock: threading.Lock, waiting: threading.Event) -> None:
    waiting.set()
    with lock:  # held by the main thread, which waits for us: stuck for good
        pass


def refresh(lock: threading.Lock) -> None:
    waiting = threading.Event()
    with lock:
        worker = threading.Thread(target=update_cache, args=(lock, waiting))
        worker.start()
        waiting.wait()
        print("ready", flush=True)
        worker.join()


def child() -> None:
    # One line at start-up; after it, `kill -USR1 PID` prints every stack.
    faulthandler.register(signal.SIGUSR1, all_threads=True)
    refresh(threading.Lock())


def functions_per_thread(dump: str) -> list[list[str]]:
    """This file's function names in each thread's stack, innermost first."""
    stacks = [block for block in dump.split("\n\n") if "File" in block]
    name = re.compile(r'File "[^"]*dump_stacks_on_signal\.py", line \d+ in (\S+)')
    return [name.findall(stack) for stack in stacks]


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        child()
    else:
        command = [sys.executable, __file__, "--child"]
        with subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        ) as stuck:
            assert stuck.stdout is not None and stuck.stderr is not None
            stuck.stdout.readline()  # "ready": both threads are waiting
            stuck.send_signal(signal.SIGUSR1)
            dump = ""
            for line in stuck.stderr:
                dump += line
                if line.endswith(" in <module>\n"):  # the main thread's base:
                    break  # the last line of the dump
            stuck.kill()  # it would never finish on its own
        print(functions_per_thread(dump))
        #> [['update_cache'], ['refresh', 'child', '<module>']]
