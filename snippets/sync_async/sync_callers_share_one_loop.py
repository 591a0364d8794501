# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Threads of synchronous code share one event loop that runs in the background."""

import threading
from concurrent.futures import ThreadPoolExecutor

from aiohttp import ClientSession
from hello_server import serving
from loop_thread import LoopThread


async def open_session() -> ClientSession:
    return ClientSession()


async def fetch(session: ClientSession, url: str) -> str:
    async with session.get(url) as response:
        return f"{await response.text()} (awaited on {threading.current_thread().name})"


if __name__ == "__main__":
    with serving() as base, LoopThread("client-loop") as client_loop:
        session = client_loop.run(open_session())

        def get_text(name: str) -> str:
            """Plain and blocking: callable from any thread but the loop's own."""
            return client_loop.run(fetch(session, base + name))

        with ThreadPoolExecutor(max_workers=3) as pool:
            for line in pool.map(get_text, ["ann", "bob", "cy", "di"]):
                print(line)
                #> hello, ann (awaited on client-loop)
                #> hello, bob (awaited on client-loop)
                #> hello, cy (awaited on client-loop)
                #> hello, di (awaited on client-loop)
        client_loop.run(session.close())
