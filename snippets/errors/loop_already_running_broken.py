"""Broken: a coroutine asks its own, running loop to run something else."""

import asyncio


async def fetch_price() -> int:
    await asyncio.sleep(0)
    return 42


def price_now() -> int:
    # A synchronous helper that "just runs" a coroutine on the current loop.
    loop = asyncio.get_event_loop()
    coro = fetch_price()
    try:
        return loop.run_until_complete(coro)
    finally:
        coro.close()  # never started: close it so no second warning appears


async def main() -> None:
    try:
        price_now()
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> RuntimeError: This event loop is already running


if __name__ == "__main__":
    asyncio.run(main())
