"""Broken: no __main__ guard; each spawned worker runs asyncio.run() again.

The unguarded program is written to a temporary folder and run as its own
Python process, so its crash cannot disturb this one.
"""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

UNGUARDED = """\
import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(n: int) -> int:
    return n * n


async def main() -> None:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        loop = asyncio.get_running_loop()
        print(await loop.run_in_executor(pool, square, 7))


asyncio.run(main())  # no guard: a spawned worker imports this file and runs it
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        program = Path(folder, "unguarded.py")
        program.write_text(UNGUARDED)
        run = subprocess.run(
            [sys.executable, str(program)], capture_output=True, text=True, timeout=60
        )
    print("exit code:", run.returncode)
    #> exit code: 1
    # The worker fails first, then the parent: the error names in stderr.
    errors = re.findall(r"^(?:\w+\.)*(\w+): ", run.stderr, re.MULTILINE)
    print(errors)
    #> ['RuntimeError', 'BrokenProcessPool']
