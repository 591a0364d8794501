# /// script
# dependencies = ["aiosqlite>=0.20,<1"]
# ///
"""aiosqlite: the sqlite3 API, awaited; each connection runs in its own thread."""

import asyncio
from pathlib import Path
from tempfile import TemporaryDirectory

import aiosqlite


async def add_job(db: aiosqlite.Connection, n: int) -> None:
    await db.execute("INSERT INTO jobs VALUES (?)", (n,))


async def main(folder: str) -> None:
    async with aiosqlite.connect(Path(folder) / "app.db") as db:
        await db.execute("CREATE TABLE jobs (n INTEGER)")
        # Concurrent calls on one connection queue up for its thread.
        await asyncio.gather(*(add_job(db, n) for n in range(10)))
        await db.commit()
        async with db.execute("SELECT count(*), sum(n) FROM jobs") as cursor:
            print(await cursor.fetchone())
            #> (10, 45)


if __name__ == "__main__":
    with TemporaryDirectory() as folder:
        asyncio.run(main(folder))
