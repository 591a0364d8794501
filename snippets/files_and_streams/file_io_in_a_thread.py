# /// script
# dependencies = ["aiofiles>=24.1,<26"]
# ///
"""asyncio.to_thread() and aiofiles both move file calls to a worker thread."""

import asyncio
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import aiofiles

# (call, thread) for every job the pools below were given.
jobs: list[tuple[str, str]] = []


class RecordingPool(ThreadPoolExecutor):
    """A thread pool that notes which call it ran in which thread."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        name = getattr(fn, "func", fn).__name__  # aiofiles passes partials

        def run() -> Any:
            jobs.append((name, threading.current_thread().name))
            return fn(*args, **kwargs)

        return super().submit(run)


def read_text(path: Path) -> tuple[str, str]:
    with open(path) as file:
        return file.read(), threading.current_thread().name


async def main(path: Path) -> None:
    loop = asyncio.get_running_loop()
    # One worker thread, so that its name is the same on every run.
    loop.set_default_executor(RecordingPool(max_workers=1, thread_name_prefix="io"))
    print("the event loop runs in", threading.current_thread().name)
    #> the event loop runs in MainThread

    text, thread = await asyncio.to_thread(read_text, path)
    print("to_thread:", repr(text), "read in", thread)
    #> to_thread: '42 rows\n' read in io_0

    jobs.clear()
    async with aiofiles.open(path) as file:
        text = await file.read()
    # Every call becomes a job for a pool thread; __exit__ is the close.
    print("aiofiles:", repr(text), jobs)
    #> aiofiles: '42 rows\n' [('open', 'io_0'), ('read', 'io_0'), ('__exit__', 'io_0')]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.txt"
        report.write_text("42 rows\n")
        asyncio.run(main(report))
