# /// script
# requires-python = ">=3.14"
# ///
"""Python 3.14+: choose the context a new thread starts in."""

import contextvars
import sys
import threading

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id")


def read_in_thread(context: contextvars.Context | None) -> str:
    seen: list[str] = []
    thread = threading.Thread(
        target=lambda: seen.append(request_id.get("<not set>")), context=context
    )
    thread.start()
    thread.join()
    return seen[0]


if __name__ == "__main__":
    request_id.set("req-42")
    print("context=copy_context():", read_in_thread(contextvars.copy_context()))
    #> context=copy_context(): req-42
    print("context=Context():", read_in_thread(contextvars.Context()))
    #> context=Context(): <not set>
    # Left at None, this flag decides: 1 on free-threaded builds, else 0.
    print("thread_inherit_context:", sys.flags.thread_inherit_context)
    #> thread_inherit_context: 0
    print("context=None:", read_in_thread(None))
    #> context=None: <not set>
