# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Fixed: one asyncio.Runner (3.11+) keeps one event loop across the calls."""

import asyncio

from aiohttp import ClientSession
from hello_server import serving


class Client:
    """Synchronous methods on the outside, one event loop on the inside."""

    def __init__(self) -> None:
        self._runner = asyncio.Runner()
        self._session = self._runner.run(self._open())
        self.loops_used: set[int] = set()

    async def _open(self) -> ClientSession:
        return ClientSession()  # created inside the runner's loop

    async def _fetch(self, url: str) -> str:
        self.loops_used.add(id(asyncio.get_running_loop()))
        async with self._session.get(url) as response:
            return await response.text()

    def get_text(self, url: str) -> str:
        return self._runner.run(self._fetch(url))

    def close(self) -> None:
        # Close the session while its loop is still open, then the loop.
        self._runner.run(self._session.close())
        self._runner.close()


if __name__ == "__main__":
    with serving() as base:
        client = Client()
        try:
            print("first call:", client.get_text(base + "first"))
            #> first call: hello, first
            print("second call:", client.get_text(base + "second"))
            #> second call: hello, second
        finally:
            client.close()
        print("event loops used:", len(client.loops_used))
        #> event loops used: 1
