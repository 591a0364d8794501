"""Fixed: the guard keeps spawned workers from running asyncio.run() again.

The same program as in the broken version, with `asyncio.run(main())` under
`if __name__ == "__main__":`, run the same way.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

GUARDED = """\
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


# A worker imports this file as "__mp_main__": it gets square() and stops here.
if __name__ == "__main__":
    asyncio.run(main())
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        program = Path(folder, "guarded.py")
        program.write_text(GUARDED)
        run = subprocess.run(
            [sys.executable, str(program)], capture_output=True, text=True, timeout=60
        )
    print("exit code:", run.returncode, "| output:", run.stdout.strip())
    #> exit code: 0 | output: 49
