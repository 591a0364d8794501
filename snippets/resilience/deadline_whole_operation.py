# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""One deadline for a whole operation, passed down to each call in it."""

import asyncio

from aiohttp import ClientSession, ClientTimeout, web
from aiohttp.test_utils import TestServer


async def fetch(session: ClientSession, path: str, deadline: float) -> str:
    # Each call gets what is left of the shared budget, not a fresh one.
    remaining = deadline - asyncio.get_running_loop().time()
    if remaining <= 0:
        raise TimeoutError(f"no time left for {path}")
    async with session.get(path, timeout=ClientTimeout(total=remaining)) as r:
        return await r.text()


async def checkout(session: ClientSession, budget: float, done: list[str]) -> None:
    deadline = asyncio.get_running_loop().time() + budget  # fixed once, up front
    for path in ("/cart", "/pay"):
        done.append(await fetch(session, path, deadline))


# --- a local shop: /cart answers at once, /pay hangs until released --------
release = asyncio.Event()


async def cart(request: web.Request) -> web.Response:
    return web.Response(text="cart ok")


async def pay(request: web.Request) -> web.Response:
    await release.wait()
    return web.Response(text="paid")


async def main() -> None:
    app = web.Application()
    app.router.add_get("/cart", cart)
    app.router.add_get("/pay", pay)
    async with TestServer(app) as server:
        async with ClientSession(server.make_url("/")) as session:
            done: list[str] = []
            try:
                await checkout(session, budget=0.3, done=done)
            except TimeoutError as error:
                print(type(error).__name__, "after", done)
                #> TimeoutError after ['cart ok']
            # With everything under asyncio, one block bounds it all as well.
            done = []
            try:
                async with asyncio.timeout(0.3):
                    await checkout(session, budget=60, done=done)
            except TimeoutError as error:
                print("timeout():", type(error).__name__, "after", done)
                #> timeout(): TimeoutError after ['cart ok']
        release.set()  # let the hanging handlers finish before the server stops


if __name__ == "__main__":
    asyncio.run(main())
