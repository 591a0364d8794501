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
    # The bytecode of `counter += 1`, less the loads of the constant 1, the
    # start and the return (their names vary between versions):
    skip = {"RESUME", "LOAD_CONST", "LOAD_SMALL_INT", "RETURN_CONST", "RETURN_VALUE"}
    print([i.opname for i in dis.get_instructions(increment) if i.opname not in skip])
    #> ['LOAD_GLOBAL', 'BINARY_OP', 'STORE_GLOBAL']

    threads = [threading.Thread(target=count_visit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("two visits counted as:", counter, "and", hits["home"])
    #> two visits counted as: 1 and 1
