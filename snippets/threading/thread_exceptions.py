"""An exception in a thread does not reach the code that started it."""

import threading
from concurrent.futures import ThreadPoolExecutor


def parse(text: str) -> int:
    return int(text)  # int("ten") raises ValueError


if __name__ == "__main__":
    # 1. A plain Thread: the error goes to threading.excepthook, which by
    #    default prints a traceback on stderr, and join() returns normally.
    caught: list[str] = []

    def record(args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread else "?"  # documented as maybe None
        caught.append(f"{args.exc_type.__name__} in {name}")

    default_hook, threading.excepthook = threading.excepthook, record
    try:
        thread = threading.Thread(target=parse, args=("ten",), name="parser")
        thread.start()
        thread.join()  # no exception here
    finally:
        threading.excepthook = default_hook  # leave global state as we found it
    print(caught)
    #> ['ValueError in parser']

    # 2. An executor keeps the exception in the Future; result() raises it
    #    again in the thread that asks, so you can handle it there.
    with ThreadPoolExecutor() as pool:
        future = pool.submit(parse, "ten")
    try:
        future.result()
    except ValueError as error:
        print("result() raised", type(error).__name__)
        #> result() raised ValueError
