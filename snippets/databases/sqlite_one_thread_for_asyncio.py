"""SQLite from asyncio: one thread owns the connection, the loop awaits it."""

import asyncio
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any


class Database:
    def __init__(self, path: Path) -> None:
        # One worker thread: every call runs there, one after another, so the
        # connection never leaves the thread that opened it.
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self.conn = self.thread.submit(sqlite3.connect, path).result()
        self.threads_used: set[str] = set()

    def _run(self, sql: str, params: tuple[Any, ...]) -> list[Any]:
        self.threads_used.add(threading.current_thread().name)
        with self.conn:
            return self.conn.execute(sql, params).fetchall()

    async def query(self, sql: str, *params: Any) -> list[Any]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.thread, self._run, sql, params)

    def close(self) -> None:
        self.thread.submit(self.conn.close).result()
        self.thread.shutdown()


async def main(folder: str) -> None:
    db = Database(Path(folder) / "app.db")
    await db.query("CREATE TABLE jobs (n INTEGER)")
    # Ten tasks at once: the loop stays free while the thread does the work.
    await asyncio.gather(
        *(db.query("INSERT INTO jobs VALUES (?)", n) for n in range(10))
    )
    print(await db.query("SELECT count(*) FROM jobs"))
    #> [(10,)]
    print("threads used:", db.threads_used)
    #> threads used: {'db_0'}
    db.close()


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        asyncio.run(main(folder))
