"""A Lock makes read-modify-write one step: no deposit is lost."""

import threading
import time

balance = 100
balance_lock = threading.Lock()
first_has_read = threading.Event()


def deposit(amount: int) -> None:
    global balance
    with balance_lock:  # one thread at a time from the read to the write
        seen = balance
        first_has_read.set()
        time.sleep(0.05)  # a slow step, such as a database round trip
        balance = seen + amount


def deposit_while_other_is_busy(amount: int) -> None:
    # Start exactly when the other deposit sits between its read and its
    # write, as the barrier forced in the broken version.
    first_has_read.wait()
    deposit(amount)  # blocks on the lock until the other deposit is written


if __name__ == "__main__":
    threads = [
        threading.Thread(target=deposit, args=(50,)),
        threading.Thread(target=deposit_while_other_is_busy, args=(50,)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("expected 200, got", balance)
    #> expected 200, got 200
