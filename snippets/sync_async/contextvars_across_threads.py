"""Which threads see a context variable set in a task (a request id, say)?"""

import asyncio
import contextvars
import functools
import threading

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id")


def current_request() -> str:
    return request_id.get("<not set>")


def read_in_thread(context: contextvars.Context | None = None) -> str:
    """Read request_id in a new thread; inside ``context`` if one is given."""
    seen: list[str] = []

    def read() -> None:
        seen.append(current_request())

    target = read if context is None else functools.partial(context.run, read)
    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    return seen[0]


async def handle_request() -> None:
    request_id.set("req-42")
    # to_thread() copies the task's context into the worker thread (3.9+).
    print("asyncio.to_thread():", await asyncio.to_thread(current_request))
    #> asyncio.to_thread(): req-42
    # A plain Thread starts empty; free-threaded 3.14t gives it a copy.
    print("plain threading.Thread:", read_in_thread())
    #> plain threading.Thread: <not set>
    # Carry the context over yourself: run the function inside a copy of it.
    print("Thread + copy_context():", read_in_thread(contextvars.copy_context()))
    #> Thread + copy_context(): req-42


if __name__ == "__main__":
    asyncio.run(handle_request())
    print("outside the task:", current_request())
    #> outside the task: <not set>
