"""Broken: one thread iterates over a dict while another thread adds to it."""

import threading

sessions = {"ada": 1, "bob": 2}
first_seen = threading.Event()
added = threading.Event()


def add_session() -> None:
    first_seen.wait()
    sessions["cy"] = 3
    added.set()


if __name__ == "__main__":
    writer = threading.Thread(target=add_session)
    writer.start()
    try:
        for _name in sessions:
            first_seen.set()
            added.wait()  # makes the bad timing happen on every run
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> RuntimeError: dictionary changed size during iteration
    writer.join()
