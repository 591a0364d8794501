"""Fixed: keep the task, cancel it, and wait for it before the loop ends."""

import asyncio
import contextlib


async def heartbeat() -> None:
    while True:
        await asyncio.sleep(1)


async def main() -> str:
    beat = asyncio.create_task(heartbeat())
    await asyncio.sleep(0)
    beat.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await beat
    return f"main done, heartbeat cancelled: {beat.cancelled()}"


if __name__ == "__main__":
    # asyncio.run() would also cancel leftover tasks, but only as a last resort.
    print(asyncio.run(main()))
    #> main done, heartbeat cancelled: True
