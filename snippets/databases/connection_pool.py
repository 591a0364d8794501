"""A small connection pool for threads: a Queue of connections, lent by a with."""

import queue
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path
from tempfile import TemporaryDirectory


class Pool:
    def __init__(self, path: Path, size: int) -> None:
        # check_same_thread=False: the pool lends each connection to one
        # thread at a time, so it may move between threads safely.
        self.all = [
            sqlite3.connect(path, timeout=5, check_same_thread=False)
            for _ in range(size)
        ]
        self.idle: queue.Queue[sqlite3.Connection] = queue.Queue()
        for conn in self.all:
            self.idle.put(conn)

    @contextmanager
    def connection(self, wait: float = 5) -> Iterator[sqlite3.Connection]:
        conn = self.idle.get(timeout=wait)  # queue.Empty if none is free in time
        try:
            yield conn
        finally:
            if conn.in_transaction:  # the borrower left work half done
                conn.rollback()
            self.idle.put(conn)  # back in the pool, even after an error

    def close(self) -> None:
        for conn in self.all:
            conn.close()


used: set[int] = set()
three_at_once = threading.Barrier(3)  # only for the demo: all three lent at once


def save(pool: Pool, n: int) -> None:
    with pool.connection() as conn:
        used.add(id(conn))
        three_at_once.wait()
        with conn:  # commit, or roll back on an error
            conn.execute("INSERT INTO jobs VALUES (?)", (n,))


def fail_half_way(pool: Pool) -> None:
    with pool.connection() as conn:
        conn.execute("INSERT INTO jobs VALUES (-1)")  # no `with conn:`
        raise ValueError("the request failed before its commit")


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        pool = Pool(Path(folder) / "app.db", size=3)
        with pool.connection() as conn:
            conn.execute("CREATE TABLE jobs (n INTEGER)")
        with suppress(ValueError):
            fail_half_way(pool)
        # Every connection commits below, the one the failed request used too.
        with ThreadPoolExecutor(max_workers=9) as threads:
            list(threads.map(save, [pool] * 9, range(9)))
        with pool.connection() as conn:
            print([n for (n,) in conn.execute("SELECT n FROM jobs ORDER BY n")])
            #> [0, 1, 2, 3, 4, 5, 6, 7, 8]
        pool.close()
    print("9 threads shared", len(used), "connections")
    #> 9 threads shared 3 connections
