# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""A small aiohttp server on 127.0.0.1 (a port the system picks), on its own loop.

Scaffolding for the snippets on the "Bridging sync and async" page: it runs on
a LoopThread, so that synchronous code in the main thread can call it.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from aiohttp import web
from aiohttp.test_utils import TestServer
from loop_thread import LoopThread


async def hello(request: web.Request) -> web.Response:
    return web.Response(text=f"hello, {request.match_info['name']}")


@contextmanager
def serving() -> Iterator[str]:
    """Serve GET /{name} until the block ends; yield the base URL."""
    app = web.Application()
    app.router.add_get("/{name}", hello)
    with LoopThread("server-loop") as server_loop:
        server = TestServer(app)
        server_loop.run(server.start_server())
        try:
            yield str(server.make_url("/"))
        finally:
            server_loop.run(server.close())
