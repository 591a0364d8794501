# /// script
# dependencies = ["aiofiles>=24.1,<26", "aiohttp>=3.11,<4"]
# ///
"""Save a large download to disk piece by piece, never holding all of it."""

import asyncio
import hashlib
import tempfile
from pathlib import Path

import aiofiles
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer
from export_server import export_app

CHUNK = 64 * 1024


async def download(session: ClientSession, url: str, target: Path) -> int:
    largest = 0
    async with session.get(url) as response, aiofiles.open(target, "wb") as file:
        # Each chunk is at most CHUNK bytes: memory stays flat, whatever the size.
        async for chunk in response.content.iter_chunked(CHUNK):
            largest = max(largest, len(chunk))
            await file.write(chunk)  # the disk write runs in a worker thread
    return largest


async def main(folder: Path) -> None:
    target = folder / "export.bin"
    async with TestServer(export_app()) as server, ClientSession() as session:
        largest = await download(session, str(server.make_url("/blob")), target)
    print("saved:", target.stat().st_size, "bytes")
    #> saved: 4194304 bytes
    print("largest chunk held at once:", largest, "bytes")
    #> largest chunk held at once: 65536 bytes
    print("sha256:", hashlib.sha256(target.read_bytes()).hexdigest()[:16])
    #> sha256: 2b07811057df8870


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        asyncio.run(main(Path(scratch)))
