"""Refusing a cancellation on purpose: catch it, then call uncancel() (3.11+)."""

import asyncio


async def job(call_uncancel: bool) -> str:
    task = asyncio.current_task()
    assert task is not None
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        # Deliberately refuse this one cancellation request and carry on.
        if call_uncancel:
            task.uncancel()  # take the request back off the task's count
    await asyncio.sleep(0)  # the task goes on working
    # TaskGroup and asyncio.timeout() read this count to tell their own
    # cancellations from others'; a request left on it confuses them.
    return f"finished, cancelling() = {task.cancelling()}"


async def outcome(call_uncancel: bool) -> str:
    task = asyncio.create_task(job(call_uncancel))
    await asyncio.sleep(0)  # let it start waiting
    task.cancel()
    return await task


async def main() -> None:
    print("with uncancel():   ", await outcome(call_uncancel=True))
    #> with uncancel():    finished, cancelling() = 0
    print("without uncancel():", await outcome(call_uncancel=False))
    #> without uncancel(): finished, cancelling() = 1


if __name__ == "__main__":
    asyncio.run(main())
