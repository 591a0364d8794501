"""The child program that child_output_buffered_*.py start.

`python stepper.py --steps 3` prints "step 1 of 3", then waits for a line
on stdin before each next step, like a tool that reports progress as it
works. Like most programs, it does not flush its output. Without --steps,
it does nothing.
"""

import sys


def run(steps: int) -> None:
    for step in range(1, steps + 1):
        print(f"step {step} of {steps}")
        if not sys.stdin.readline():  # the parent says "next", or closes stdin
            return


if __name__ == "__main__":
    if sys.argv[1:2] == ["--steps"]:
        run(int(sys.argv[2]))
