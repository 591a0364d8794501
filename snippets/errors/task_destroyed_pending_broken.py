"""Broken: a hand-run loop is closed while a background task still waits."""

import asyncio
import gc


async def heartbeat() -> None:
    while True:
        await asyncio.sleep(1)


async def main() -> str:
    asyncio.create_task(heartbeat())  # noqa: RUF006 (started, never stopped)
    await asyncio.sleep(0)
    return "main done"


if __name__ == "__main__":
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(main()))
    #> main done
    loop.close()  # the heartbeat task is still pending
    gc.collect()  # at exit this happens anyway; here it happens now
    #2> Task was destroyed but it is pending!
    #2> task: <Task pending name='Task-2' coro=<heartbeat() done, defined at snippets/errors/task_destroyed_pending_broken.py:7> wait_for=<Future pending cb=[Task.task_wakeup()]>>
