"""Broken: a fire-and-forget task fails, and nobody looks at its result."""

import asyncio


async def send_receipt(order: int) -> None:
    await asyncio.sleep(0)
    raise ValueError(f"no e-mail address for order {order}")


async def main() -> None:
    task = asyncio.create_task(send_receipt(7))
    await asyncio.sleep(0.01)  # the task has failed by now
    print(task.done())
    #> True


if __name__ == "__main__":
    asyncio.run(main())
    #2> Task exception was never retrieved
    #2> future: <Task finished name='Task-2' coro=<send_receipt() done, defined at snippets/errors/task_exception_never_retrieved_broken.py:6> exception=ValueError('no e-mail address for order 7')>
    #2> Traceback (most recent call last):
    #2>   File "snippets/errors/task_exception_never_retrieved_broken.py", line 8, in send_receipt
    #2>     raise ValueError(f"no e-mail address for order {order}")
    #2> ValueError: no e-mail address for order 7
