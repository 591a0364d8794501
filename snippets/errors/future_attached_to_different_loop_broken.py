"""Broken: a future made on one event loop is awaited on another."""

import asyncio

replies: dict[str, asyncio.Future[str]] = {}


async def send_request() -> None:
    # The future belongs to the loop of this asyncio.run() call.
    replies["order-7"] = asyncio.get_running_loop().create_future()


async def wait_for_reply() -> str:
    return await replies["order-7"]


if __name__ == "__main__":
    asyncio.run(send_request())
    # A second asyncio.run() makes a second loop; the future is not on it.
    asyncio.run(wait_for_reply())
    #2> Traceback (most recent call last):
    #2>   File "snippets/errors/future_attached_to_different_loop_broken.py", line 20, in <module>
    #2>     asyncio.run(wait_for_reply())
    #2>   ...
    #2>   File "snippets/errors/future_attached_to_different_loop_broken.py", line 14, in wait_for_reply
    #2>     return await replies["order-7"]
    #2> RuntimeError: Task <Task pending name='Task-4' coro=<wait_for_reply() running at snippets/errors/future_attached_to_different_loop_broken.py:14> cb=[_run_until_complete_cb() at <stdlib>/asyncio/base_events.py:180]> got Future <Future pending> attached to a different loop
