"""An event loop in a background thread, for code that is not async itself.

Synchronous callers, from any thread, hand it a coroutine and block until the
result comes back. Objects that belong to a loop (an aiohttp ClientSession, a
database pool) live on this one loop for the life of the program.
"""

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


async def cancel_pending() -> None:
    """Cancel every other task on this loop, and wait until each has ended."""
    tasks = asyncio.all_tasks() - {asyncio.current_task()}
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


class LoopThread:
    """One event loop, run for ever by one thread, until close()."""

    def __init__(self, name: str = "event-loop") -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, name=name)
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float = 10) -> T:
        """Run ``coro`` on the loop; block the calling thread until it is done."""
        future = asyncio.run_coroutine_threadsafe(coro, self.loop)
        try:
            return future.result(timeout)
        except TimeoutError:
            future.cancel()  # else the coroutine runs on, with nobody waiting
            raise

    def close(self) -> None:
        """End as asyncio.run() does: cancel what is left, stop, join, close."""
        steps = [
            cancel_pending,  # so that each task's finally blocks run
            self.loop.shutdown_asyncgens,
            self.loop.shutdown_default_executor,  # waits for to_thread() jobs
        ]
        try:  # no timeout: wait until the clean-up has ended
            for step in steps:
                asyncio.run_coroutine_threadsafe(step(), self.loop).result()
        finally:  # even if a step failed: a running loop thread blocks exit
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join()
            self.loop.close()

    def __enter__(self) -> "LoopThread":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
