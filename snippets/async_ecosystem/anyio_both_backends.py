# /// script
# dependencies = ["anyio>=4.4,<5", "trio>=0.27,<1"]
# ///
"""One AnyIO program, run on asyncio and then on Trio."""

import asyncio
import time

import anyio


def running_on() -> str:
    try:
        asyncio.get_running_loop()
        return "asyncio"
    except RuntimeError:
        return "trio"


def blocking_lookup(key: str) -> str:
    time.sleep(0.01)  # blocks a worker thread, not the event loop
    return key.upper()


async def lookup(key: str, found: dict[str, str]) -> None:
    found[key] = await anyio.to_thread.run_sync(blocking_lookup, key)


async def main() -> str:
    found: dict[str, str] = {}
    async with anyio.create_task_group() as tg:  # waits for all its tasks
        for key in ("a", "b"):
            tg.start_soon(lookup, key, found)
    with anyio.move_on_after(0.1) as scope:  # a cancel scope, on both backends
        await anyio.sleep(10)
    return (
        f"{running_on()}: {sorted(found.items())}, timed out: {scope.cancelled_caught}"
    )


if __name__ == "__main__":
    print(anyio.run(main, backend="asyncio"))
    #> asyncio: [('a', 'A'), ('b', 'B')], timed out: True
    print(anyio.run(main, backend="trio"))
    #> trio: [('a', 'A'), ('b', 'B')], timed out: True
