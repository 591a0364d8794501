# /// script
# dependencies = ["trio>=0.27,<1"]
# ///
"""Code written for asyncio does not run under Trio: there is no asyncio loop."""

import asyncio

import trio


async def fetch_price() -> int:
    await asyncio.sleep(0.01)  # an asyncio API, as in any asyncio library
    return 42


async def main() -> None:
    try:
        print(await fetch_price())
    except RuntimeError as error:
        print(type(error).__name__, error)
        #> RuntimeError no running event loop


if __name__ == "__main__":
    trio.run(main)
