"""Read, then write, in WAL mode: one writer fails at once, whatever the timeout."""

import sqlite3
import threading
from pathlib import Path
from tempfile import TemporaryDirectory

both_have_read = threading.Barrier(2)
outcomes: list[str] = []


def add_one(path: Path) -> None:
    # isolation_level=None: sqlite3 opens no transaction, the BEGIN below does.
    conn = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        conn.execute("BEGIN")  # deferred: a read transaction until the UPDATE
        (n,) = conn.execute("SELECT n FROM counter").fetchone()
        both_have_read.wait()
        conn.execute("UPDATE counter SET n = ?", (n + 1,))
        conn.execute("COMMIT")
        outcomes.append("committed")
    except sqlite3.OperationalError as error:
        conn.execute("ROLLBACK")
        outcomes.append(str(error))
    finally:
        conn.close()


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        path = Path(folder) / "app.db"
        with sqlite3.connect(path) as setup:
            setup.execute("PRAGMA journal_mode=WAL")
            setup.execute("CREATE TABLE counter (n INTEGER)")
            setup.execute("INSERT INTO counter VALUES (0)")
        setup.close()
        threads = [threading.Thread(target=add_one, args=(path,)) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with sqlite3.connect(path) as check:
            print(check.execute("SELECT n FROM counter").fetchone())
            #> (1,)
        check.close()
    print(sorted(outcomes))
    #> ['committed', 'database is locked']
