"""A timeout in the calling thread does not stop the coroutine on the loop."""

import asyncio

from loop_thread import LoopThread

cleaned_up: list[str] = []


async def slow_reply() -> str:
    try:
        await asyncio.Event().wait()  # an answer that never comes
        return "reply"
    finally:
        cleaned_up.append("slow_reply")


async def running_coroutines() -> list[str]:
    """Run on the loop: the coroutines of the other tasks still pending there."""
    others = asyncio.all_tasks() - {asyncio.current_task()}
    return sorted(getattr(task.get_coro(), "__name__", "?") for task in others)


if __name__ == "__main__":
    with LoopThread() as background:
        future = asyncio.run_coroutine_threadsafe(slow_reply(), background.loop)
        try:
            future.result(timeout=0.1)  # the caller stops waiting...
        except TimeoutError:
            print("the caller got TimeoutError")
            #> the caller got TimeoutError
        # ...but nothing told the task: it is still there, holding its resources.
        print("still running on the loop:", background.run(running_coroutines()))
        #> still running on the loop: ['slow_reply']
    print("cleaned up only by close():", cleaned_up)
    #> cleaned up only by close(): ['slow_reply']
