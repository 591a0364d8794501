"""Broken: a blocking call inside a coroutine stalls every other task."""

import asyncio
import logging
import queue
import re
import time
from logging.handlers import QueueHandler

events: list[str] = []


def legacy_download() -> bytes:
    time.sleep(0.5)  # a blocking library call: the whole thread stops here
    return b"data"


async def heartbeat() -> None:
    for beat in range(4):
        events.append(f"beat {beat}")
        await asyncio.sleep(0.1)


async def download() -> None:
    events.append("download started")
    # Bug (on purpose): no await, so the loop cannot switch to the heartbeat.
    legacy_download()
    events.append("download finished")


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        group.create_task(heartbeat())
        group.create_task(download(), name="download")


if __name__ == "__main__":
    # Keep what the "asyncio" logger says, to print it below.
    records: queue.SimpleQueue[logging.LogRecord] = queue.SimpleQueue()
    keep = QueueHandler(records)
    logging.getLogger("asyncio").addHandler(keep)
    try:
        # Debug mode logs every task step slower than slow_callback_duration
        # (0.1 s by default).
        asyncio.run(main(), debug=True)
    finally:
        logging.getLogger("asyncio").removeHandler(keep)
    print(events)
    #> ['beat 0', 'download started', 'download finished', 'beat 1', 'beat 2', 'beat 3']
    # Under load any step may run late; the download's step is always among
    # them, because it blocks for half a second.
    while not records.empty():
        message = records.get().getMessage()
        if found := re.search(r"name='download'.* took ([\d.]+) seconds", message):
            print("debug mode: task 'download' held the loop for", found[1], "s")
            #> debug mode: task 'download' held the loop for 0.501 s
