"""A blocking helper that works in a script and in a notebook cell alike."""

import asyncio
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to the end from synchronous code and return its result."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # no loop in this thread: a script, a plain REPL
        return asyncio.run(coroutine)
    # A loop already runs in this thread (a Jupyter kernel's): give the
    # coroutine a loop of its own in a worker thread and wait for it there.
    with ThreadPoolExecutor(max_workers=1) as worker:
        return worker.submit(asyncio.run, coroutine).result()


if __name__ == "__main__":
    print(run_sync(asyncio.sleep(0, result="ran without a running loop")))
    #> ran without a running loop
