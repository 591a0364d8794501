"""One sqlite3 connection used from a second thread: refused by default."""

import sqlite3
import threading
from pathlib import Path
from tempfile import TemporaryDirectory

errors: list[Exception] = []


def insert(conn: sqlite3.Connection) -> None:
    try:
        with conn:
            conn.execute("INSERT INTO hits VALUES (1)")
    except sqlite3.ProgrammingError as error:
        errors.append(error)


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        conn = sqlite3.connect(Path(folder) / "app.db")  # made in the main thread
        conn.execute("CREATE TABLE hits (n INTEGER)")
        worker = threading.Thread(target=insert, args=(conn,))
        worker.start()
        worker.join()
        conn.close()
    print(type(errors[0]).__name__)
    #> ProgrammingError
    print(str(errors[0]).split(".")[0])  # the rest names the two thread ids
    #> SQLite objects created in a thread can only be used in that same thread
