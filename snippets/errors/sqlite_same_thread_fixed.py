"""Fixed: each thread opens its own connection to the database file."""

import sqlite3
import tempfile
import threading
from pathlib import Path

results: list[int] = []


def count_rows(path: Path) -> None:
    with sqlite3.connect(path) as conn:  # this thread's own connection
        results.append(conn.execute("SELECT count(*) FROM orders").fetchone()[0])
    conn.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "shop.db"
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE orders (id INTEGER)")
            conn.executemany("INSERT INTO orders VALUES (?)", [(1,), (2,)])
        conn.close()
        worker = threading.Thread(target=count_rows, args=(path,))
        worker.start()
        worker.join()
    print(results)
    #> [2]
