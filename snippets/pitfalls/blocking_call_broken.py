"""Broken: a blocking call inside a coroutine stalls every other task."""

import asyncio
import logging
import re
import time

events: list[str] = []
VARYING = re.compile(r"<Task .*name='(\w+)'.*> took \S+")


def legacy_download() -> bytes:
    time.sleep(0.5)  # a blocking library call: the whole thread stops here
    return b"data"


async def heartbeat() -> None:
    for beat in range(3):
        events.append(f"beat {beat}")
        await asyncio.sleep(0.01)


async def download() -> None:
    events.append("download started")
    legacy_download()  # no await: the loop cannot switch to the heartbeat
    events.append("download finished")


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        group.create_task(heartbeat())
        group.create_task(download(), name="download")


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


if __name__ == "__main__":
    collect = Collect()
    asyncio_logger = logging.getLogger("asyncio")
    asyncio_logger.addHandler(collect)
    try:
        # Debug mode logs every task step slower than slow_callback_duration
        # (0.1 s by default) on the "asyncio" logger.
        asyncio.run(main(), debug=True)
    finally:
        asyncio_logger.removeHandler(collect)
    print(events)
    #> ['beat 0', 'download started', 'download finished', 'beat 1', 'beat 2']
    # Under load any step may run late; the download's first step is always
    # the one reported, because it blocks for half a second.
    slow = [m for m in collect.messages if "name='download'" in m]
    # Mask what changes from run to run: the task's details, the duration.
    print(VARYING.sub(r"<Task name='\1' …> took …", slow[0]))
    #> Executing <Task name='download' …> took … seconds
