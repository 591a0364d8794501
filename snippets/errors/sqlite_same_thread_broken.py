"""Broken: one SQLite connection, made in one thread, used from another."""

import sqlite3
import threading

errors: list[str] = []


def count_rows(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError as exc:
        errors.append(f"sqlite3.ProgrammingError: {exc}")


if __name__ == "__main__":
    conn = sqlite3.connect(":memory:")
    worker = threading.Thread(target=count_rows, args=(conn,))
    worker.start()
    worker.join()
    conn.close()
    print(errors[0])
    #> sqlite3.ProgrammingError: SQLite objects created in a thread can only be used in that same thread. The object was created in thread id 140000000000000 and this is thread id 140000000000001.
