# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Twenty GET requests at once through one reused aiohttp ClientSession."""

import asyncio

from aiohttp import ClientSession, ClientTimeout, web
from aiohttp.test_utils import TestServer

REQUESTS = 20
LATENCY = 0.2  # seconds each answer takes, like a slow API
waiting: list[int] = []  # how many requests the server held, at each arrival
# The server holds every request until all twenty are waiting together. A
# client that sent them one after another would never get an answer.
all_arrived = asyncio.Barrier(REQUESTS)


async def item(request: web.Request) -> web.Response:
    waiting.append(all_arrived.n_waiting + 1)  # the others, plus this one
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
    # TestServer serves the app on 127.0.0.1, on a port the system picks.
    async with TestServer(app) as server:
        # One session for every request: it keeps a pool of open connections.
        base = server.make_url("/")
        async with ClientSession(base, timeout=ClientTimeout(total=10)) as session:
            items = await asyncio.gather(*(fetch(session, n) for n in range(REQUESTS)))
    print(items)
    #> [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    print("most requests held by the server at once:", max(waiting))
    #> most requests held by the server at once: 20


if __name__ == "__main__":
    asyncio.run(main())
