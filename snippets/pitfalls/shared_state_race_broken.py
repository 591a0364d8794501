"""Broken: two threads check a seat, both see it free, both book it."""

import threading

seats: dict[str, str | None] = {"12A": None}
confirmations: list[str] = []
# The barrier makes both threads check before either books, on every run.
# Left to the scheduler, it happens now and then: a bug that hides in tests.
both_checked = threading.Barrier(2)


def book(seat: str, passenger: str) -> None:
    # Bug (on purpose): check and act are separate steps, with no lock.
    if seats[seat] is None:  # check ...
        both_checked.wait()  # ... a thread switch can come right here ...
        seats[seat] = passenger  # ... act, on what was true a moment ago
        confirmations.append(passenger)


if __name__ == "__main__":
    threads = [threading.Thread(target=book, args=("12A", p)) for p in ("Ann", "Bo")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("confirmations for seat 12A:", len(confirmations))
    #> confirmations for seat 12A: 2
