# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""One ClientSession reuses its connections; a session per request cannot."""

import asyncio

from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer

# The server side of each TCP connection that carried a request.
connections: set[object] = set()


async def hello(request: web.Request) -> web.Response:
    connections.add(request.transport)
    return web.Response(text="hello")


async def main() -> None:
    app = web.Application()
    app.router.add_get("/", hello)
    # TestServer serves the app on 127.0.0.1, on a port the system picks.
    async with TestServer(app) as server:
        url = server.make_url("/")
        async with ClientSession() as session:  # the right way: one session
            for _ in range(10):
                async with session.get(url) as response:
                    await response.text()
        print("one session:", len(connections), "connection for 10 requests")
        #> one session: 1 connection for 10 requests

        connections.clear()
        for _ in range(10):  # the classic mistake: a new session each time
            async with ClientSession() as session, session.get(url) as response:
                await response.text()
        print("new sessions:", len(connections), "connections for 10 requests")
        #> new sessions: 10 connections for 10 requests


if __name__ == "__main__":
    asyncio.run(main())
