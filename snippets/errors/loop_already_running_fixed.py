"""Fixed: inside a coroutine, await the other coroutine instead."""

import asyncio


async def fetch_price() -> int:
    await asyncio.sleep(0)
    return 42


async def main() -> None:
    # The loop is already running your code: hand it more work with await.
    print(await fetch_price())
    #> 42


if __name__ == "__main__":
    asyncio.run(main())
