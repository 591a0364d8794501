# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Retrying a POST whose answer was lost charges the customer twice."""

import asyncio

from aiohttp import ClientConnectionError, ClientSession, web
from aiohttp.test_utils import TestServer


async def pay(session: ClientSession, url: str) -> str:
    for attempt in (1, 2):
        try:
            async with session.post(url, json={"cents": 500}) as response:
                return await response.text()
        except ClientConnectionError as error:
            # The request may or may not have been processed: we cannot tell.
            print(f"attempt {attempt}: {type(error).__name__}, retrying")
            #> attempt 1: ServerDisconnectedError, retrying
    raise RuntimeError("no answer")


# --- a local payment server that loses its first answer --------------------
charges: list[int] = []


async def charge(request: web.Request) -> web.Response:
    charges.append((await request.json())["cents"])  # the work is done...
    if len(charges) == 1:
        assert request.transport is not None
        request.transport.close()  # ...but the connection drops before the answer
    return web.Response(text=f"charge #{len(charges)}")


async def main() -> None:
    app = web.Application()
    app.router.add_post("/charge", charge)
    async with TestServer(app) as server, ClientSession() as session:
        print("answer:", await pay(session, str(server.make_url("/charge"))))
        #> answer: charge #2
    print("charged:", charges)
    #> charged: [500, 500]


if __name__ == "__main__":
    asyncio.run(main())
