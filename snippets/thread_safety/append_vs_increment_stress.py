"""Four threads hammer a list and a counter: which one keeps every update?"""

import sys
import threading

THREADS, ROUNDS = 4, 100_000
items: list[int] = []
counter = 0


def work() -> None:
    global counter
    for n in range(ROUNDS):
        items.append(n)  # one call into C: the list is never half-updated
        counter += 1  # read, add, write: another thread can write in between


if __name__ == "__main__":
    # sys._is_gil_enabled() is new in 3.13; older Pythons always have the GIL.
    print("GIL enabled:", getattr(sys, "_is_gil_enabled", lambda: True)())
    #> GIL enabled: True
    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"list.append: {len(items)} of {THREADS * ROUNDS}")
    #> list.append: 400000 of 400000
    # With the GIL, a switch rarely lands inside `+=`, so the loss is rare;
    # with no GIL, threads really overlap and can lose updates on any run.
    print(f"counter += 1: {counter} of {THREADS * ROUNDS}")
    #> counter += 1: 400000 of 400000
