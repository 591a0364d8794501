"""Fixed: create asyncio objects inside the coroutine that runs on the loop."""

import asyncio


async def wait_briefly() -> str:
    ready = asyncio.Event()  # one per run, made on the running loop
    try:
        await asyncio.wait_for(ready.wait(), timeout=0.01)
    except TimeoutError:
        return "timed out"
    return "ready"


if __name__ == "__main__":
    print(asyncio.run(wait_briefly()))
    #> timed out
    print(asyncio.run(wait_briefly()))
    #> timed out
