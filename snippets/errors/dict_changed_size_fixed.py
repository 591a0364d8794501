"""Fixed: iterate over a copy taken under a lock that the writer also takes."""

import threading

sessions = {"ada": 1, "bob": 2}
lock = threading.Lock()
first_seen = threading.Event()


def add_session() -> None:
    first_seen.wait()
    with lock:
        sessions["cy"] = 3


if __name__ == "__main__":
    writer = threading.Thread(target=add_session)
    writer.start()
    with lock:
        snapshot = list(sessions)  # a copy: the writer cannot change it
    for _name in snapshot:
        first_seen.set()
    writer.join()
    print(snapshot, sorted(sessions))
    #> ['ada', 'bob'] ['ada', 'bob', 'cy']
