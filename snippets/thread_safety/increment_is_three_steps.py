"""`counter += 1` is a read, an add and a write: another thread fits between."""

import dis
import threading

# Forces the unlucky timing on every run: each thread waits here, inside
# the add, until the other thread has read the counter too.
both_have_read = threading.Barrier(2)


class Handoff(int):
    """An int whose + pauses until both threads are in the middle of +=."""

    def __add__(self, other: int) -> "Handoff":
        both_have_read.wait()
        return Handoff(int(self) + other)


counter = Handoff(0)
hits = {"home": Handoff(0)}


def count_visit() -> None:
    global counter
    counter += 1  # read counter, add 1, write counter
    hits["home"] += 1  # read hits["home"], add 1, write hits["home"]


def increment() -> None:
    global counter
    counter += 1


if __name__ == "__main__":
    # increment()'s bytecode between its start (RESUME) and its return: the
    # read, the add and the write, around loads of 1 and of the None it
    # returns, which each Python version names its own way.
    steps = [i.opname for i in dis.get_instructions(increment)][1:-1]
    print(*steps)
    #> [3.11] LOAD_GLOBAL LOAD_CONST BINARY_OP STORE_GLOBAL LOAD_CONST
    #> [3.12-3.13] LOAD_GLOBAL LOAD_CONST BINARY_OP STORE_GLOBAL
    #> [3.14] LOAD_GLOBAL LOAD_SMALL_INT BINARY_OP STORE_GLOBAL LOAD_CONST
    #> [3.15+] LOAD_GLOBAL LOAD_SMALL_INT BINARY_OP STORE_GLOBAL LOAD_COMMON_CONSTANT

    threads = [threading.Thread(target=count_visit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("two visits counted as:", counter, "and", hits["home"])
    #> two visits counted as: 1 and 1
