"""Fixed: the blocking call runs in a thread, and debug mode stays quiet."""

import asyncio
import time


async def handle_request() -> str:
    await asyncio.to_thread(time.sleep, 0.2)  # the loop stays free meanwhile
    return "handled"


if __name__ == "__main__":
    print(asyncio.run(handle_request(), debug=True))
    #> handled
