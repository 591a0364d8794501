"""Broken: create_task() called from plain code, with no loop running."""

import asyncio


async def refresh_cache() -> None:
    await asyncio.sleep(0)


if __name__ == "__main__":
    coro = refresh_cache()
    try:
        asyncio.create_task(coro)  # noqa: RUF006 (only a running loop takes tasks)
    except RuntimeError as exc:
        coro.close()  # never started: close it so no second warning appears
        print(f"RuntimeError: {exc}")
        #> RuntimeError: no running event loop
