"""Broken: a task nobody holds a reference to can vanish mid-execution."""

import asyncio
import gc
from typing import Any

log: list[str] = []


async def listen() -> None:
    # It waits on a future that only this coroutine can reach, as a task
    # waiting on a private channel does. Nothing outside holds the task.
    reply = asyncio.get_running_loop().create_future()
    log.append("listening")
    await reply


def report(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    # The loop's exception handler hears about the destroyed task.
    log.append(context["message"])


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(report)
    # Bug (on purpose): the task is created and its reference thrown away.
    asyncio.create_task(listen())  # noqa: RUF006 (ruff flags this very bug)
    await asyncio.sleep(0)  # let it start
    # The loop keeps only weak references to tasks, so the garbage
    # collector, whenever it runs, may destroy the pending task.
    gc.collect()
    print(log)
    #> ['listening', 'Task was destroyed but it is pending!']
    print("tasks alive:", len(asyncio.all_tasks()))
    #> tasks alive: 1


if __name__ == "__main__":
    asyncio.run(main())
