"""Fixed: run the child unbuffered and read each line the moment it arrives."""

import asyncio
import sys
from asyncio.subprocess import PIPE
from pathlib import Path

STEPPER = Path(__file__).with_name("stepper.py")


async def main() -> None:
    # -u: the child's stdout is unbuffered, each print reaches the pipe at once.
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-u", STEPPER, "--steps", "3", stdin=PIPE, stdout=PIPE
    )
    assert child.stdin is not None and child.stdout is not None
    async for raw_line in child.stdout:  # one line at a time, as it comes
        line = raw_line.decode().rstrip()
        print(f"{line!r} arrived; child exit status: {child.returncode}")
        #> 'step 1 of 3' arrived; child exit status: None
        #> 'step 2 of 3' arrived; child exit status: None
        #> 'step 3 of 3' arrived; child exit status: None
        child.stdin.write(b"next\n")  # only now may the child go on
        await child.stdin.drain()
    print("exit status:", await child.wait())
    #> exit status: 0


if __name__ == "__main__":
    asyncio.run(main())
