# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""An error status is not an exception until raise_for_status(); no server is."""

import asyncio

from aiohttp import ClientError, ClientResponseError, ClientSession, web
from aiohttp.test_utils import TestServer

ITEMS = {1: "kettle", 2: "teapot"}


async def item(request: web.Request) -> web.Response:
    n = int(request.match_info["n"])
    if n not in ITEMS:
        raise web.HTTPNotFound()
    return web.json_response({"name": ITEMS[n]})


async def main() -> None:
    app = web.Application()
    app.router.add_get("/items/{n}", item)
    async with TestServer(app) as server:
        base = server.make_url("/")
        async with ClientSession(base) as session, session.get("/items/9") as response:
            # No exception: a 404 is a valid HTTP answer.
            print(response.status, response.reason)
            #> 404 Not Found
            try:
                response.raise_for_status()
            except ClientResponseError as error:
                print(type(error).__name__, error.status, error.message)
                #> ClientResponseError 404 Not Found

        # raise_for_status=True checks every response of the session for you.
        async with ClientSession(base, raise_for_status=True) as session:
            for n in (1, 3):
                try:
                    async with session.get(f"/items/{n}") as response:
                        print(n, await response.json())
                        #> 1 {'name': 'kettle'}
                except ClientResponseError as error:
                    print(n, "failed with", error.status)
                    #> 3 failed with 404

    # The server is gone now: there is no response at all, only an exception.
    async with ClientSession(base) as session:
        try:
            async with session.get("/items/1") as response:
                await response.text()
        except ClientError as error:  # the base of every aiohttp client error
            print(type(error).__name__)
            #> ClientConnectorError


if __name__ == "__main__":
    asyncio.run(main())
