"""Twenty GET requests at once through one reused aiohttp ClientSession.

The snippet starts its own server on 127.0.0.1 (port 0: the OS picks a free
port), so it needs no internet.
"""

import asyncio

from aiohttp import ClientSession, ClientTimeout, web

REQUESTS = 20
LATENCY = 0.2  # seconds each answer takes, like a slow API
# The server holds every request until all twenty are waiting together. A
# client that sent them one after another would never get an answer.
all_arrived = asyncio.Barrier(REQUESTS)


async def item(request: web.Request) -> web.Response:
    await all_arrived.wait()
    await asyncio.sleep(LATENCY)  # the twenty waits overlap: about 0.2 s in all
    return web.json_response({"item": int(request.match_info["n"])})


async def fetch(session: ClientSession, n: int) -> int:
    async with session.get(f"/items/{n}") as response:
        response.raise_for_status()
        return (await response.json())["item"]


async def main() -> None:
    app = web.Application()
    app.router.add_get("/items/{n}", item)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    port = runner.addresses[0][1]
    try:
        # One session for every request: it keeps a pool of open connections.
        async with ClientSession(
            f"http://127.0.0.1:{port}", timeout=ClientTimeout(total=10)
        ) as session:
            items = await asyncio.gather(*(fetch(session, n) for n in range(REQUESTS)))
    finally:
        await runner.cleanup()
    print(items)
    #> [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    print(f"{len(items)} answers; the server saw all {REQUESTS} waiting at once")
    #> 20 answers; the server saw all 20 waiting at once


if __name__ == "__main__":
    asyncio.run(main())
