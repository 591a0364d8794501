"""A second writer with no busy timeout fails at once: "database is locked"."""

import sqlite3
import threading
from pathlib import Path
from tempfile import TemporaryDirectory

log: list[str] = []


def second_writer(path: Path, timeout: float) -> None:
    conn = sqlite3.connect(path, timeout=timeout)
    try:
        with conn:
            conn.execute("INSERT INTO hits VALUES (2)")
        log.append("second writer: inserted")
    except sqlite3.OperationalError as error:
        log.append(f"second writer: {error}")
    finally:
        conn.close()


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        path = Path(folder) / "app.db"
        first = sqlite3.connect(path)
        first.execute("CREATE TABLE hits (n INTEGER)")
        first.execute("BEGIN IMMEDIATE")  # take the write lock and keep it
        first.execute("INSERT INTO hits VALUES (1)")
        worker = threading.Thread(target=second_writer, args=(path, 0))
        worker.start()
        worker.join()
        first.commit()
        log.append("first writer: committed")
        first.close()
    print(log)
    #> ['second writer: database is locked', 'first writer: committed']
