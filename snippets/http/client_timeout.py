"""ClientTimeout: give up on a server that does not answer in time."""

import asyncio

from aiohttp import ClientSession, ClientTimeout, web

release = asyncio.Event()  # the slow handler answers only once this is set


async def slow(request: web.Request) -> web.Response:
    await release.wait()
    return web.Response(text="finally")


async def fast(request: web.Request) -> web.Response:
    return web.Response(text="quick")


async def main() -> None:
    app = web.Application()
    app.router.add_get("/slow", slow)
    app.router.add_get("/fast", fast)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
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
        async with session.get("/slow", timeout=ClientTimeout(total=10)) as response:
            print("/slow, given 10 s:", await response.text())
            #> /slow, given 10 s: finally
    await runner.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
