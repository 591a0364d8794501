"""Broken: a module-level asyncio.Event used by two asyncio.run() calls."""

import asyncio
import contextlib

ready = asyncio.Event()  # created outside any loop, bound to the first that waits


async def wait_briefly() -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(ready.wait(), timeout=0.01)


if __name__ == "__main__":
    asyncio.run(wait_briefly())  # the first test, say: binds `ready` to its loop
    try:
        asyncio.run(wait_briefly())  # the second test runs on a new loop
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> RuntimeError: <asyncio.locks.Event object at 0x7f0c2b3e1d50 [unset]> is bound to a different event loop
