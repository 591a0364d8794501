# /// script
# requires-python = ">=3.14"
# ///
"""python -m pdb -p PID: debug a program that is already running."""

import re
import subprocess
import sys
import threading
import time

orders = ["tea", "cake"]
stop = threading.Event()


def busy_program() -> None:
    print("ready", flush=True)
    while not stop.is_set():
        time.sleep(0.01)
    print("orders:", orders, flush=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["--busy"]:
        busy_program()
    else:
        with subprocess.Popen(
            [sys.executable, __file__, "--busy"], stdout=subprocess.PIPE, text=True
        ) as program:
            assert program.stdout is not None  # a pipe, as asked above
            program.stdout.readline()  # wait for "ready"
            # What you would type at the (Pdb) prompt, one command a line.
            commands = "p orders\norders.append('scone')\nstop.set()\ncontinue\n"
            session = subprocess.run(
                [sys.executable, "-m", "pdb", "-p", str(program.pid)],
                input=commands,
                capture_output=True,
                text=True,
                check=True,
            )
            program_said = program.stdout.read().strip()
        first, _, answer = session.stdout.splitlines()[:3]
        # The first line names the file, the line and the function it stopped in.
        print("stopped in:", re.findall(r"(\w+)\(\)$", first)[0])
        #> stopped in: busy_program
        print(answer)
        #> (Pdb) ['tea', 'cake']
        print(program_said)
        #> orders: ['tea', 'cake', 'scone']
