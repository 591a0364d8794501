"""Ask a running program which threads and tasks exist, and where each waits."""

import asyncio
import sys
import threading
import traceback
from types import FrameType

THIS_FILE = __file__


def our_functions(frame: FrameType) -> list[str]:
    """Names of this file's functions on a stack, outermost first."""
    return [f.name for f in traceback.extract_stack(frame) if f.filename == THIS_FILE]


def wait_for_order(ready: threading.Barrier, go: threading.Event) -> None:
    ready.wait()
    go.wait()


async def wait_for_reply(reply: asyncio.Event) -> None:
    await reply.wait()


async def inspect_tasks() -> None:
    asyncio.current_task().set_name("main")
    reply = asyncio.Event()
    task = asyncio.create_task(wait_for_reply(reply), name="reply-waiter")
    await asyncio.sleep(0)  # let the task start and reach its await
    # Every task of this event loop, including the one running this coroutine.
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    #> ['main', 'reply-waiter']
    # A suspended task's stack is one frame: its outermost coroutine, at its await.
    print(task.get_name(), [f.f_code.co_name for f in task.get_stack()])
    #> reply-waiter ['wait_for_reply']
    reply.set()
    await task


if __name__ == "__main__":
    ready, go = threading.Barrier(3), threading.Event()
    workers = [
        threading.Thread(target=wait_for_order, args=(ready, go), name=f"worker-{i}")
        for i in (1, 2)
    ]
    for worker in workers:
        worker.start()
    ready.wait()  # both workers are inside wait_for_order now
    frames = sys._current_frames()  # thread id -> innermost frame
    print({worker.name: our_functions(frames[worker.ident]) for worker in workers})
    #> {'worker-1': ['wait_for_order'], 'worker-2': ['wait_for_order']}
    go.set()
    for worker in workers:
        worker.join()

    asyncio.run(inspect_tasks())
