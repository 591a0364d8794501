# /// script
# requires-python = ">=3.15"
# ///
"""profiling.sampling dump --async-aware: which task waits where?"""

import asyncio
import re
import subprocess
import sys
from pathlib import Path

HERE = re.escape(Path(__file__).name)
PROFILER = [sys.executable, "-m", "profiling.sampling"]


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


def where_each_task_is(dump: str) -> list[str]:
    # One block per task: the task chain, then the frames inside each task.
    places = []
    for block in dump.strip().split("\n\n"):
        task = re.findall(r'File "<task>", in (\S+)', block)[-1]
        mine = re.findall(rf'File "[^"]*{HERE}", line \d+, in (\w+)', block)
        places.append(f"task {task}: {mine[-1]}")
    return sorted(places)


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
            dump = subprocess.run(
                [*PROFILER, "dump", "--async-aware", str(program.pid)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        for place in where_each_task_is(dump):
            print(place)
            #> task news: fetch_news
            #> task prices: fetch_prices
