# /// script
# requires-python = ">=3.11"
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Broken: an aiohttp ClientSession that is never closed."""

import asyncio
import gc

import aiohttp


async def main() -> None:
    session = aiohttp.ClientSession()  # opened, and never closed
    print(session.closed)
    #> False
    del session
    gc.collect()  # the report comes when the session is freed


if __name__ == "__main__":
    asyncio.run(main())
    #2> Unclosed client session
    #2> client_session: <aiohttp.client.ClientSession object at 0x...>
