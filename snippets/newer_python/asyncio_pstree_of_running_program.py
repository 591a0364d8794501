# /// script
# requires-python = ">=3.14"
# ///
"""python -m asyncio pstree PID: the tasks of a running program, as a tree."""

import asyncio
import re
import subprocess
import sys


async def fetch_prices(stop: asyncio.Event) -> None:
    await stop.wait()


async def fetch_news(stop: asyncio.Event) -> None:
    await stop.wait()


async def busy_program() -> None:
    """The program we look into: two named tasks, waiting."""
    stop = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        group.create_task(fetch_prices(stop), name="prices")
        group.create_task(fetch_news(stop), name="news")
        await asyncio.sleep(0)  # let both tasks start and reach their wait
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)  # until the parent is done
        stop.set()


if __name__ == "__main__":
    if sys.argv[1:] == ["--busy"]:
        asyncio.run(busy_program())
    else:
        with subprocess.Popen(
            [sys.executable, __file__, "--busy"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        ) as program:
            assert program.stdout is not None  # a pipe, as asked above
            program.stdout.readline()  # wait for "ready"
            tree = subprocess.run(
                [sys.executable, "-m", "asyncio", "pstree", str(program.pid)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        for line in tree.strip().splitlines():
            # Drop the file and line number at the end: they differ by machine.
            print(re.sub(r"\s+\S+:\d+$", "", line))
            #> └── (T) Task-1
            #>     └──  busy_program
            #>         └──  to_thread
            #>             ├── (T) prices
            #>             │   └──  fetch_prices
            #>             │       └──  Event.wait
            #>             └── (T) news
            #>                 └──  fetch_news
            #>                     └──  Event.wait
