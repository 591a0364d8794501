"""Broken: the child printed a line, but the parent cannot read it yet."""

import asyncio
import os
import sys
from asyncio.subprocess import PIPE
from pathlib import Path

STEPPER = Path(__file__).with_name("stepper.py")


async def main() -> None:
    # PYTHONUNBUFFERED=1 (set in many Docker images) would hide the problem.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    child = await asyncio.create_subprocess_exec(
        sys.executable, STEPPER, "--steps", "3", stdin=PIPE, stdout=PIPE, env=env
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        await asyncio.wait_for(child.stdout.readline(), timeout=0.5)
    except TimeoutError:
        # The child has printed "step 1 of 3" and now waits for us, but the
        # line sits in its stdout buffer: a pipe is not a terminal.
        print("no line within 0.5 s; child exit status:", child.returncode)
        #> no line within 0.5 s; child exit status: None
    child.stdin.close()  # the child's readline() returns "" and it exits ...
    rest = await child.stdout.read()  # ... flushing its buffer on the way out
    print("once it exited:", rest.decode().splitlines())
    #> once it exited: ['step 1 of 3']
    print("exit status:", await child.wait())
    #> exit status: 0


if __name__ == "__main__":
    asyncio.run(main())
