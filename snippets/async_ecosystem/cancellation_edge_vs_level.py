# /// script
# dependencies = ["trio>=0.27,<1"]
# ///
"""Swallow a cancellation: asyncio lets the task go on, Trio cancels it again."""

import asyncio

import trio


async def asyncio_worker(log: list[str]) -> None:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("caught CancelledError")
    await asyncio.sleep(0)  # delivered once: this await runs normally
    log.append("next await ran")


async def trio_worker(log: list[str]) -> None:
    try:
        await trio.sleep(10)
    except trio.Cancelled:
        log.append("caught Cancelled")
    try:
        await trio.sleep(0)  # the scope is still cancelled: raised again
        log.append("next await ran")
    except trio.Cancelled:
        log.append("Cancelled again")
        raise


async def asyncio_main() -> list[str]:
    log: list[str] = []
    task = asyncio.create_task(asyncio_worker(log))
    await asyncio.sleep(0)  # let it reach its sleep
    task.cancel()
    await task
    return log


async def trio_main() -> list[str]:
    log: list[str] = []
    async with trio.open_nursery() as nursery:
        nursery.start_soon(trio_worker, log)
        await trio.sleep(0)
        nursery.cancel_scope.cancel()
    return log


if __name__ == "__main__":
    print("asyncio:", asyncio.run(asyncio_main()))
    #> asyncio: ['caught CancelledError', 'next await ran']
    print("trio:", trio.run(trio_main))
    #> trio: ['caught Cancelled', 'Cancelled again']
