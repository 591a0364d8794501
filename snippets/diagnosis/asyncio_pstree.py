# /// script
# requires-python = ">=3.14"
# ///
"""Python 3.14+: ask another running process which tasks await which."""

import asyncio
import re
import subprocess
import sys


async def fetch(reply: asyncio.Event) -> None:
    await reply.wait()


async def serve() -> None:
    reply = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        for name in ["fetch-1", "fetch-2"]:
            group.create_task(fetch(reply), name=name)
        await asyncio.sleep(0)  # let both tasks reach their await
        print("ready", flush=True)
        await asyncio.to_thread(sys.stdin.readline)  # until told to finish
        reply.set()


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        asyncio.run(serve())
    else:
        command = [sys.executable, __file__, "--child"]
        with subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        ) as program:
            assert program.stdin is not None and program.stdout is not None
            program.stdout.readline()  # "ready"
            # What you would type in a second terminal (may need root):
            tree = subprocess.run(
                [sys.executable, "-m", "asyncio", "pstree", str(program.pid)],
                capture_output=True,
                text=True,
            ).stdout
            program.communicate("done\n", timeout=5)
        # Show each file as its name only: the directories differ by machine.
        print(re.sub(r"/\S*/", "", tree).rstrip())
        #> └── (T) Task-1
        #>     └──  serve asyncio_pstree.py:23
        #>         └──  to_thread threads.py:26
        #>             ├── (T) fetch-1
        #>             │   └──  fetch asyncio_pstree.py:13
        #>             │       └──  Event.wait locks.py:213
        #>             └── (T) fetch-2
        #>                 └──  fetch asyncio_pstree.py:13
        #>                     └──  Event.wait locks.py:213
