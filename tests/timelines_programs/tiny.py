"""Recorded by tests/test_timelines.py: two threads, then a gather of two tasks
while a third task is cancelled. Small and quick; nothing here is timed."""

import asyncio
import contextlib
import threading
import time
from collections.abc import Iterator

both_started = threading.Barrier(2)


def spin(rounds: int) -> int:
    both_started.wait()
    total = 0
    for i in range(rounds):
        total += i
    # The recorder samples /proc from outside: on a busy machine it can miss
    # a thread that lives only a few milliseconds, so each one stays a while.
    time.sleep(0.2)
    return total


async def nap(seconds: float) -> float:
    await asyncio.sleep(seconds)
    return seconds


@contextlib.contextmanager
def suppressing() -> Iterator[None]:
    # An exception thrown into a plain generator (PY_THROW on code the
    # recorder ignores) must not upset the recorder.
    with contextlib.suppress(KeyError):
        yield


async def main() -> None:
    with suppressing():
        raise KeyError("thrown into a generator")
    sleeper = asyncio.create_task(asyncio.sleep(60), name="sleeper")
    await asyncio.gather(nap(0.02), nap(0.04))
    sleeper.cancel()
    await asyncio.gather(sleeper, return_exceptions=True)


if __name__ == "__main__":
    threads = [
        threading.Thread(target=spin, args=(100_000,), name=f"spinner-{n}")
        for n in "ab"
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    asyncio.run(main())
