"""A to_thread() call that timed out still holds a thread of the default pool."""

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


def hung_call(release: threading.Event) -> str:
    release.wait()  # a dependency that never answers
    return "hung call returned"


def quick_call() -> str:
    return "quick call returned"


async def with_timeout(func: Callable[..., str], *args: object) -> str:
    try:
        async with asyncio.timeout(0.2):
            return await asyncio.to_thread(func, *args)
    except TimeoutError:
        return "TimeoutError"


async def main() -> None:
    # Two threads keep the demo short; the default has min(32, CPUs + 4).
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(2))
    release = threading.Event()
    for _ in range(2):
        print("hung call:", await with_timeout(hung_call, release))
        #> hung call: TimeoutError
        #> hung call: TimeoutError
    # Both threads still wait in hung_call(): this call waits in the queue.
    print("quick call:", await with_timeout(quick_call))
    #> quick call: TimeoutError
    release.set()
    print("after release:", await asyncio.to_thread(quick_call))
    #> after release: quick call returned


if __name__ == "__main__":
    asyncio.run(main())
