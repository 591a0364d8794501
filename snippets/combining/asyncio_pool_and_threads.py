"""One asyncio program: CPU work in processes, a blocking library in threads."""

import asyncio
import multiprocessing
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)  # pure Python: holds the GIL


def crunch(n: int) -> str:
    where = "child process" if multiprocessing.parent_process() else "main process"
    return f"fib({n}) = {fib(n)} in a {where}"


def legacy_lookup(key: str) -> str:
    time.sleep(0.1)  # a blocking client library with no async version
    where = (
        "main" if threading.current_thread() is threading.main_thread() else "worker"
    )
    return f"{key} looked up in a {where} thread"


async def main() -> None:
    loop = asyncio.get_running_loop()
    # spawn: a fresh interpreter per worker, safe next to the loop's threads.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        results = await asyncio.gather(
            # run_in_executor hands a call to a pool and returns an awaitable.
            loop.run_in_executor(pool, crunch, 24),
            loop.run_in_executor(pool, crunch, 25),
            # to_thread runs it in the loop's default thread pool.
            asyncio.to_thread(legacy_lookup, "user 42"),
            asyncio.to_thread(legacy_lookup, "user 43"),
        )
    for line in results:
        print(line)
        #> fib(24) = 46368 in a child process
        #> fib(25) = 75025 in a child process
        #> user 42 looked up in a worker thread
        #> user 43 looked up in a worker thread


if __name__ == "__main__":
    asyncio.run(main())
