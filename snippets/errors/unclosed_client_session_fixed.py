# /// script
# requires-python = ">=3.11"
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Fixed: async with closes the session, even when the block raises."""

import asyncio

import aiohttp


async def main() -> None:
    async with aiohttp.ClientSession() as session:
        print(session.closed)
        #> False
    print(session.closed)
    #> True


if __name__ == "__main__":
    asyncio.run(main())
