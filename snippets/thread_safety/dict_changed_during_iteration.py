"""Iterating a dict that another thread changes: iterate over a copy."""

import threading
from collections.abc import Iterable

sessions = {"ann": 1, "bo": 2}
added = threading.Event()
reading = threading.Event()


def log_in(user: str) -> None:
    reading.wait()  # start once the main thread is in the middle of its loop
    sessions[user] = len(sessions) + 1
    added.set()


def seen_while_another_thread_writes(users: Iterable[str]) -> str:
    reading.clear()
    added.clear()
    writer = threading.Thread(target=log_in, args=(f"user{len(sessions)}",))
    writer.start()
    seen = []
    try:
        for user in users:
            seen.append(user)
            reading.set()
            added.wait()  # the other thread adds a key right here
    except RuntimeError as exc:
        return f"RuntimeError: {exc}"
    finally:
        writer.join()
    return f"saw {seen}"


if __name__ == "__main__":
    print("live dict:", seen_while_another_thread_writes(sessions))
    #> live dict: RuntimeError: dictionary changed size during iteration
    # dict.copy() (like list(d)) takes a snapshot in one step.
    print("a copy:", seen_while_another_thread_writes(sessions.copy()))
    #> a copy: saw ['ann', 'bo', 'user2']
    print("the dict now:", sessions)
    #> the dict now: {'ann': 1, 'bo': 2, 'user2': 3, 'user3': 4}
