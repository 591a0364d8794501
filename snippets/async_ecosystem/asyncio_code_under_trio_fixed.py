# /// script
# dependencies = ["anyio>=4.4,<5", "trio>=0.27,<1"]
# ///
"""Write it against AnyIO instead, and the same code runs under Trio and asyncio."""

import asyncio

import anyio
import trio


async def fetch_price() -> int:
    await anyio.sleep(0.01)  # AnyIO calls whichever library is running it
    return 42


if __name__ == "__main__":
    print("trio:", trio.run(fetch_price))
    #> trio: 42
    print("asyncio:", asyncio.run(fetch_price()))
    #> asyncio: 42
