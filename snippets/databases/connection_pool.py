"""A small connection pool for threads: a Queue of connections, lent by a with."""

import queue
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
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
        with conn:  # a transaction: commit, or roll back on an error
            conn.execute("INSERT INTO jobs VALUES (?)", (n,))


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        pool = Pool(Path(folder) / "app.db", size=3)
        with pool.connection() as conn:
            conn.execute("CREATE TABLE jobs (n INTEGER)")
        with ThreadPoolExecutor(max_workers=9) as threads:
            list(threads.map(save, [pool] * 9, range(9)))
        with pool.connection() as conn:
            print(conn.execute("SELECT count(*) FROM jobs").fetchone())
            #> (9,)
        pool.close()
    print("9 threads shared", len(used), "connections")
    #> 9 threads shared 3 connections
