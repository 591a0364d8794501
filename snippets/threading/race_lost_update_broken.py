"""A lost update: two threads read the same balance, then both write it back."""

import threading

balance = 100
# The barrier holds each thread between its read and its write until both
# have read. Without it the same loss happens, just not on every run.
both_have_read = threading.Barrier(2)


def deposit(amount: int) -> None:
    # Bug (on purpose): read, then write, with nothing to stop another thread
    # from writing in between. race_lost_update_fixed.py adds the lock.
    global balance
    seen = balance  # read
    both_have_read.wait()
    balance = seen + amount  # write: overwrites the other thread's deposit


if __name__ == "__main__":
    threads = [threading.Thread(target=deposit, args=(50,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("expected 200, got", balance)
    #> expected 200, got 150
