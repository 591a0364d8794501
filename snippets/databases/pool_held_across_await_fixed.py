# /// script
# dependencies = ["aiosqlite>=0.20,<1"]
# ///
"""Give the connection back before the slow await: the other task gets it."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from tempfile import TemporaryDirectory

import aiosqlite

Pool = asyncio.Queue[aiosqlite.Connection]  # idle connections
log: list[str] = []
other_task_done = asyncio.Event()


@asynccontextmanager
async def borrow(pool: Pool) -> AsyncIterator[aiosqlite.Connection]:
    async with asyncio.timeout(1):  # give up if no connection comes back
        conn = await pool.get()
    try:
        yield conn
    finally:
        pool.put_nowait(conn)


async def send_report(pool: Pool) -> None:
    async with borrow(pool) as db, db.execute("SELECT count(*) FROM jobs") as cur:
        row = await cur.fetchone()
    # The slow network call, made after the connection went back to the pool.
    await other_task_done.wait()
    log.append(f"report sent: {row}")


async def add_job(pool: Pool) -> None:
    try:
        async with borrow(pool) as db:
            await db.execute("INSERT INTO jobs VALUES (1)")
            await db.commit()
            log.append("job added")
    except TimeoutError:
        log.append("add_job: no free connection")
    finally:
        other_task_done.set()


async def main(folder: str) -> None:
    pool: Pool = asyncio.Queue()
    async with aiosqlite.connect(f"{folder}/app.db") as conn:  # a pool of one
        await conn.execute("CREATE TABLE jobs (n INTEGER)")
        pool.put_nowait(conn)
        await asyncio.gather(send_report(pool), add_job(pool))
    print(log)
    #> ['job added', 'report sent: (0,)']


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        asyncio.run(main(folder))
