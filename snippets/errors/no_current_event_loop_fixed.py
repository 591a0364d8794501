"""Fixed: let asyncio.run() create, run and close the loop."""

import asyncio


async def ping() -> str:
    await asyncio.sleep(0)
    return "pong"


if __name__ == "__main__":
    print(asyncio.run(ping()))
    #> pong
