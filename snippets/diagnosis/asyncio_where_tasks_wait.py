"""List an event loop's tasks and print where each one waits."""

import asyncio
import sys


async def fetch(reply: asyncio.Event) -> None:
    await reply.wait()


async def main() -> None:
    reply = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        for name in ["fetch-1", "fetch-2"]:
            group.create_task(fetch(reply), name=name)
        await asyncio.sleep(0)  # let both tasks start and reach their await
        others = asyncio.all_tasks() - {asyncio.current_task()}
        for task in sorted(others, key=lambda t: t.get_name()):
            print(task.get_name(), "waits in", task.get_coro().__name__)
            #> fetch-1 waits in fetch
            #> fetch-2 waits in fetch
            # Pass file=: without it the first line goes to stdout, the rest
            # to stderr.
            task.print_stack(file=sys.stderr)
            #2> Stack for <Task pending name='fetch-1' coro=<fetch() running at snippets/diagnosis/asyncio_where_tasks_wait.py:8> wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[TaskGroup._on_task_done()]> (most recent call last):
            #2>   File "snippets/diagnosis/asyncio_where_tasks_wait.py", line 8, in fetch
            #2>     await reply.wait()
            #2> Stack for <Task pending name='fetch-2' coro=<fetch() running at snippets/diagnosis/asyncio_where_tasks_wait.py:8> wait_for=<Future pending cb=[Task.task_wakeup()]> cb=[TaskGroup._on_task_done()]> (most recent call last):
            #2>   File "snippets/diagnosis/asyncio_where_tasks_wait.py", line 8, in fetch
            #2>     await reply.wait()
        reply.set()


if __name__ == "__main__":
    asyncio.run(main())
