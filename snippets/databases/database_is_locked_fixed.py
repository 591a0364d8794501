"""With a busy timeout, the second writer waits for the lock instead of failing."""

import sqlite3
import threading
import time
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
        worker = threading.Thread(
            target=second_writer, args=(path, 5)
        )  # wait up to 5 s
        worker.start()
        time.sleep(0.1)  # the second writer is most likely waiting by now
        log.append("first writer: commits")  # logged first: nothing can come before
        first.commit()  # releases the lock; the waiting writer goes on
        worker.join()
        first.close()
    print(log)
    #> ['first writer: commits', 'second writer: inserted']
