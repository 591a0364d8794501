"""Fixed: call the async function; asyncio.run() takes the coroutine it returns."""

import asyncio


async def main() -> str:
    await asyncio.sleep(0)
    return "ran"


if __name__ == "__main__":
    print(asyncio.run(main()))
    #> ran
