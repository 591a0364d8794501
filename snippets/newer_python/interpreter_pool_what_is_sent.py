# /// script
# requires-python = ">=3.14"
# ///
"""What InterpreterPoolExecutor sends: a stateless function's code, else a pickle."""

from concurrent.futures import InterpreterPoolExecutor

scale = 1  # a worker runs this file again, but not the guarded block below


def scaled(n: int) -> int:
    return n * scale  # it reads a module global, so it is not stateless


if __name__ == "__main__":
    scale = 1000  # changed at run time, in the main interpreter only
    with InterpreterPoolExecutor(max_workers=1) as pool:
        # This lambda uses only its argument: its code is sent as it is.
        # (A process pool cannot send a lambda at all.)
        print(list(pool.map(lambda n: n * n, [1, 2, 3])))
        #> [1, 4, 9]
        # scaled() is pickled by name. To find it, the worker runs this file
        # under a name other than "__main__", so there `scale` is still 1.
        print("here:", scaled(5), "in the worker:", pool.submit(scaled, 5).result())
        #> here: 5000 in the worker: 5
        # A lambda that reads a global can be sent neither way.
        try:
            pool.submit(lambda n: scaled(n), 5).result()
        except Exception as error:
            print(type(error).__name__)
            #> NotShareableError
