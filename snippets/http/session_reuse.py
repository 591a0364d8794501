"""One ClientSession reuses its connections; a session per request cannot."""

import asyncio

from aiohttp import ClientSession, web

# The server side of each TCP connection that carried a request.
connections: set[object] = set()


async def hello(request: web.Request) -> web.Response:
    connections.add(request.transport)
    return web.Response(text="hello")


async def main() -> None:
    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/"
    try:
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
    finally:
        await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
