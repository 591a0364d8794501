# /// script
# requires-python = ">=3.15"
# ///
"""profiling.sampling attach --mode gil: only the thread holding the GIL."""

import subprocess
import sys
import tempfile
import threading
from pathlib import Path

PROFILER = [sys.executable, "-m", "profiling.sampling"]


def crunch_numbers(ready: threading.Barrier, stop: threading.Event) -> None:
    ready.wait()
    total = 0
    while not stop.is_set():
        total += 1  # pure Python: this thread holds the GIL


def wait_for_orders(ready: threading.Barrier, stop: threading.Event) -> None:
    ready.wait()
    stop.wait()  # blocked in C, without the GIL


def busy_program() -> None:
    ready, stop = threading.Barrier(3), threading.Event()
    workers = [
        threading.Thread(target=job, args=(ready, stop))
        for job in (crunch_numbers, wait_for_orders)
    ]
    for worker in workers:
        worker.start()
    ready.wait()
    print("ready", flush=True)
    sys.stdin.readline()  # runs until the parent closes our stdin
    stop.set()
    for worker in workers:
        worker.join()


def sampled_functions(pid: int, mode: str, folder: str) -> list[str]:
    out = Path(folder, f"{mode}.txt")
    options = ["--all-threads", "--mode", mode, "--duration", "1"]
    subprocess.run(
        [*PROFILER, "attach", str(pid), *options, "--collapsed", "--output", str(out)],
        capture_output=True,
        check=True,
    )
    # Each line is "frame;frame;...;innermost count"; keep our functions.
    names = {
        frame.split(":")[1]
        for line in out.read_text().splitlines()
        for frame in line.rsplit(" ", 1)[0].split(";")
        if frame.startswith(Path(__file__).name)
    }
    return sorted(names - {"<module>", "busy_program"})


if __name__ == "__main__":
    if sys.argv[1:] == ["--busy"]:
        busy_program()
    else:
        with (
            tempfile.TemporaryDirectory() as folder,
            subprocess.Popen(
                [sys.executable, __file__, "--busy"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            ) as program,
        ):
            assert program.stdout is not None  # a pipe, as asked above
            program.stdout.readline()  # wait for "ready"
            for mode in ("wall", "gil"):
                print(mode, sampled_functions(program.pid, mode, folder))
                #> wall ['crunch_numbers', 'wait_for_orders']
                #> gil ['crunch_numbers']
