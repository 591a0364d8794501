"""SQLite from asyncio: one thread owns the connection, the loop awaits it."""

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any, TypeVar

T = TypeVar("T")


class Database:
    def __init__(self) -> None:
        # One worker thread: every call runs there, one after another, so the
        # connection never leaves the thread that opened it.
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
        self.threads_used: set[str] = set()

    async def _in_thread(self, func: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.thread, func, *args)

    async def open(self, path: Path) -> None:
        self.conn = await self._in_thread(sqlite3.connect, path)

    def _run(self, sql: str, params: tuple[Any, ...]) -> list[Any]:
        self.threads_used.add(threading.current_thread().name)
        with self.conn:
            return self.conn.execute(sql, params).fetchall()

    async def query(self, sql: str, *params: Any) -> list[Any]:
        return await self._in_thread(self._run, sql, params)

    async def close(self) -> None:
        await self._in_thread(self.conn.close)
        self.thread.shutdown()  # quick: the thread has no work left


async def main(folder: str) -> None:
    db = Database()
    await db.open(Path(folder) / "app.db")
    await db.query("CREATE TABLE jobs (n INTEGER)")
    # Ten tasks at once: the loop stays free while the thread does the work.
    await asyncio.gather(
        *(db.query("INSERT INTO jobs VALUES (?)", n) for n in range(10))
    )
    print(await db.query("SELECT count(*) FROM jobs"))
    #> [(10,)]
    print("threads used:", db.threads_used)
    #> threads used: {'db_0'}
    await db.close()


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        asyncio.run(main(folder))
