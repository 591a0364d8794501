"""Fixed: a Lock makes check-then-book one step that no thread can split."""

import threading
import time

seats: dict[str, str | None] = {"12A": None}
confirmations: list[str] = []
refusals: list[str] = []
seats_lock = threading.Lock()


def book(seat: str, passenger: str) -> None:
    with seats_lock:  # the check and the booking happen together
        if seats[seat] is None:
            time.sleep(0.01)  # a switch here is harmless: the other thread waits
            seats[seat] = passenger
            confirmations.append(passenger)
        else:
            refusals.append(passenger)


if __name__ == "__main__":
    threads = [threading.Thread(target=book, args=("12A", p)) for p in ("Ann", "Bo")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Who wins depends on the scheduler; that exactly one wins does not.
    print("confirmations:", len(confirmations), "refusals:", len(refusals))
    #> confirmations: 1 refusals: 1
