# /// script
# requires-python = ">=3.14"
# ///
"""concurrent.interpreters: one process, but separate modules and globals."""

from concurrent import interpreters

seen: list[str] = []


def remember(item: str) -> int:
    seen.append(item)
    return len(seen)


if __name__ == "__main__":
    interp = interpreters.create()
    try:
        # call() switches this thread to the other interpreter and runs the
        # function there. remember() reads a global, so it is pickled by name,
        # and that interpreter runs this file again to find it: the list it
        # appends to is its own `seen`, not ours.
        print("list length inside:", interp.call(remember, "a"))
        #> list length inside: 1
        print("main interpreter's list:", seen)
        #> main interpreter's list: []
        # An exception inside comes back wrapped; this side carries on.
        try:
            interp.call(int, "ten")
        except interpreters.ExecutionFailed as error:
            print(type(error).__name__, error.excinfo.type.__name__)
            #> ExecutionFailed ValueError
    finally:
        interp.close()
