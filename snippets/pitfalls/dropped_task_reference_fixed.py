"""Fixed: keep a strong reference to every task until it is done."""

import asyncio
import gc
from collections.abc import Coroutine
from typing import Any

log: list[str] = []
background: set[asyncio.Task[None]] = set()


async def listen() -> None:
    reply = asyncio.get_running_loop().create_future()
    log.append("listening")
    await reply


def start_background(coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
    task = asyncio.create_task(coro)
    background.add(task)  # a strong reference: the task cannot be collected
    task.add_done_callback(background.discard)  # forgotten once it finishes
    return task


async def main() -> None:
    start_background(listen())
    await asyncio.sleep(0)
    gc.collect()
    print(log)
    #> ['listening']
    print("tasks alive:", len(asyncio.all_tasks()))
    #> tasks alive: 2
    # At shutdown, cancel what is still running and wait for it to finish.
    for task in background:
        task.cancel()
    await asyncio.gather(*background, return_exceptions=True)
    print("background tasks left:", len(background))
    #> background tasks left: 0


if __name__ == "__main__":
    asyncio.run(main())
