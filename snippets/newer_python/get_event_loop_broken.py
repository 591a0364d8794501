"""Old code asks for "the" event loop before any loop is running."""

import asyncio


async def greet() -> str:
    return "hello"


if __name__ == "__main__":
    try:
        loop = asyncio.get_event_loop()  # 3.12 and 3.13 warn; 3.14 raises
        #2> [3.12-3.13] snippets/newer_python/get_event_loop_broken.py:12: DeprecationWarning: There is no current event loop
        #2> [3.12-3.13]   loop = asyncio.get_event_loop()  # 3.12 and 3.13 warn; 3.14 raises
        print(loop.run_until_complete(greet()))
        #> [3.11-3.13] hello
        loop.close()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
        #> [3.14+] RuntimeError: There is no current event loop in thread 'MainThread'.
