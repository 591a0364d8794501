"""Broken: a blocking call inside a coroutine, as debug mode reports it."""

import asyncio
import time


async def handle_request() -> str:
    time.sleep(0.2)  # blocks the whole loop
    return "handled"


if __name__ == "__main__":
    print(asyncio.run(handle_request(), debug=True))
    #> handled
    #2> Executing <Task finished name='Task-1' coro=<handle_request() done, defined at snippets/errors/slow_callback_broken.py:7> result='handled' created at <stdlib>/asyncio/runners.py:100> took 0.200 seconds
