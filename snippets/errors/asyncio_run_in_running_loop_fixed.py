"""Fixed: make the helper a coroutine and await it."""

import asyncio


async def load_config() -> dict[str, int]:
    await asyncio.sleep(0)
    return {"workers": 4}


async def main() -> None:
    # One asyncio.run() at the top of the program; everything below awaits.
    config = await load_config()
    print(config)
    #> {'workers': 4}


if __name__ == "__main__":
    asyncio.run(main())
