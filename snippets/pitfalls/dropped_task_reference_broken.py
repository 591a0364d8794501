"""Broken: a task nobody holds a reference to can vanish mid-execution."""

import asyncio
import gc
import logging

log: list[str] = []


async def listen() -> None:
    # It waits on a future that only this coroutine can reach, as a task
    # waiting on a private channel does. Nothing outside holds the task.
    reply = asyncio.get_running_loop().create_future()
    log.append("listening")
    await reply


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def main() -> None:
    asyncio.create_task(listen())  # noqa: RUF006 (ruff flags this very bug)
    await asyncio.sleep(0)  # let it start
    # The loop keeps only weak references to tasks, so the garbage
    # collector, whenever it runs, may destroy the pending task.
    gc.collect()
    print(log, "tasks alive:", len(asyncio.all_tasks()))
    #> ['listening'] tasks alive: 1


if __name__ == "__main__":
    collect = Collect()
    asyncio_logger = logging.getLogger("asyncio")
    asyncio_logger.addHandler(collect)
    try:
        asyncio.run(main())
    finally:
        asyncio_logger.removeHandler(collect)
    for message in collect.messages:
        print(message.splitlines()[0])  # the rest names the task and its file
        #> Task was destroyed but it is pending!
