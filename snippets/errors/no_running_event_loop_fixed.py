"""Fixed: start the loop first, and create tasks from coroutines it runs."""

import asyncio


async def refresh_cache() -> str:
    await asyncio.sleep(0)
    return "cache refreshed"


async def main() -> None:
    task = asyncio.create_task(refresh_cache())
    print(await task)
    #> cache refreshed


if __name__ == "__main__":
    asyncio.run(main())
