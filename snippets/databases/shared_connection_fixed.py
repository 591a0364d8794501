"""One connection per thread, WAL mode and a busy timeout: writers take turns."""

import sqlite3
import threading
from pathlib import Path
from tempfile import TemporaryDirectory


def connect(path: Path) -> sqlite3.Connection:
    # timeout= is SQLite's busy timeout: wait up to 5 s for another writer's
    # lock instead of failing at once with "database is locked".
    return sqlite3.connect(path, timeout=5)


def insert_rows(path: Path, worker: int) -> None:
    conn = connect(path)  # opened in the thread that uses it
    try:
        for n in range(50):
            with conn:  # one transaction per row: commits, or rolls back
                conn.execute("INSERT INTO hits VALUES (?, ?)", (worker, n))
    finally:
        conn.close()


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        path = Path(folder) / "app.db"
        conn = connect(path)
        # WAL: readers no longer wait for a writer (writers still take turns).
        print(conn.execute("PRAGMA journal_mode=WAL").fetchone())
        #> ('wal',)
        conn.execute("CREATE TABLE hits (worker INTEGER, n INTEGER)")
        threads = [
            threading.Thread(target=insert_rows, args=(path, w)) for w in range(4)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        print(conn.execute("SELECT count(*) FROM hits").fetchone())
        #> (200,)
        conn.close()
