"""Ask a running program which threads and tasks exist, and where each waits."""

import asyncio
import sys
import threading
import traceback
from types import FrameType


def wait_for_order(ready: threading.Barrier, go: threading.Event) -> None:
    ready.wait()
    go.wait()


async def wait_for_reply(reply: asyncio.Event) -> None:
    await reply.wait()


def our_functions(frame: FrameType) -> list[str]:
    """Names of this file's functions on a stack, outermost first."""
    this_file = wait_for_order.__code__.co_filename  # as the interpreter sees it
    return [f.name for f in traceback.extract_stack(frame) if f.filename == this_file]


def where_threads_wait(workers: list[threading.Thread]) -> dict[str, list[str]]:
    frames = sys._current_frames()  # thread id -> that thread's innermost frame
    return {w.name: our_functions(frames[w.ident]) for w in workers if w.ident}


async def where_tasks_wait() -> tuple[list[str], list[str]]:
    if (this_task := asyncio.current_task()) is not None:
        this_task.set_name("main")
    reply = asyncio.Event()
    task = asyncio.create_task(wait_for_reply(reply), name="reply-waiter")
    await asyncio.sleep(0)  # let the task start and reach its await
    # Every task of this event loop, including the one running this coroutine.
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    # A suspended task's stack is one frame: its outermost coroutine.
    stack = [f.f_code.co_name for f in task.get_stack()]
    reply.set()
    await task
    return names, stack


if __name__ == "__main__":
    ready, go = threading.Barrier(3), threading.Event()
    workers = [
        threading.Thread(target=wait_for_order, args=(ready, go), name=f"worker-{i}")
        for i in (1, 2)
    ]
    for worker in workers:
        worker.start()
    ready.wait()  # both workers are inside wait_for_order now
    print(where_threads_wait(workers))
    #> {'worker-1': ['wait_for_order'], 'worker-2': ['wait_for_order']}
    go.set()
    for worker in workers:
        worker.join()

    task_names, reply_waiter_stack = asyncio.run(where_tasks_wait())
    print(task_names)
    #> ['main', 'reply-waiter']
    print("reply-waiter waits in", reply_waiter_stack)
    #> reply-waiter waits in ['wait_for_reply']
