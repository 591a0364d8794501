"""Broken: asyncio.get_event_loop() called where no loop exists yet."""

import asyncio


async def ping() -> str:
    await asyncio.sleep(0)
    return "pong"


if __name__ == "__main__":
    try:
        loop = asyncio.get_event_loop()  # old recipe: no loop has been set
        #2> [3.12-3.13] snippets/errors/no_current_event_loop_broken.py:13: DeprecationWarning: There is no current event loop
        #2> [3.12-3.13]   loop = asyncio.get_event_loop()  # old recipe: no loop has been set
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> [3.14+] RuntimeError: There is no current event loop in thread 'MainThread'.
    else:
        print(loop.run_until_complete(ping()))
        #> [3.11-3.13] pong
        loop.close()
