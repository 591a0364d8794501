# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""ClientTimeout: give up on a server that does not answer in time."""

import asyncio

from aiohttp import ClientSession, ClientTimeout, web
from aiohttp.test_utils import TestServer

release = asyncio.Event()  # the slow handler answers only once this is set


async def slow(request: web.Request) -> web.Response:
    await release.wait()
    return web.Response(text="finally")


async def fast(request: web.Request) -> web.Response:
    return web.Response(text="quick")


async def main() -> None:
    async with ClientSession() as session:
        default = session.timeout  # five minutes in all, 30 s to open a socket
        print("default total:", default.total, "sock_connect:", default.sock_connect)
        #> default total: 300 sock_connect: 30

    app = web.Application()
    app.router.add_get("/slow", slow)
    app.router.add_get("/fast", fast)
    async with TestServer(app) as server:
        base = server.make_url("/")
        # total bounds the whole request: connecting, sending, reading the body.
        async with ClientSession(base, timeout=ClientTimeout(total=0.2)) as session:
            try:
                async with session.get("/slow") as response:
                    await response.text()
            # Every aiohttp timeout error is a subclass of the builtin TimeoutError.
            except TimeoutError as error:
                print("/slow:", type(error).__name__)
                #> /slow: TimeoutError
            async with session.get("/fast") as response:
                print("/fast:", await response.text())
                #> /fast: quick
            # A timeout given to one request overrides the session's: this one
            # waits the 0.3 s until the server answers.
            asyncio.get_running_loop().call_later(0.3, release.set)
            ten_seconds = ClientTimeout(total=10)
            async with session.get("/slow", timeout=ten_seconds) as response:
                print("/slow, given 10 s:", await response.text())
                #> /slow, given 10 s: finally


if __name__ == "__main__":
    asyncio.run(main())
