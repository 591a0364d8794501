# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Broken: asyncio.run() for each call, with a ClientSession kept between calls."""

import asyncio

from aiohttp import ClientSession
from hello_server import serving

session: ClientSession | None = None


async def fetch(url: str) -> str:
    global session
    if session is None:  # created once, bound to the first call's event loop
        session = ClientSession()
    async with session.get(url) as reply:
        return await reply.text()


def get_text(url: str) -> str:
    """A synchronous wrapper, as in a script, a CLI or a WSGI view."""
    return asyncio.run(fetch(url))  # a new loop each time, closed on return


if __name__ == "__main__":
    with serving() as base:
        print("first call:", get_text(base + "first"))
        #> first call: hello, first
        try:
            get_text(base + "second")
        except RuntimeError as error:
            print("second call:", error)
            #> second call: Event loop is closed
    # At exit, aiohttp finds the session that can no longer be closed (stderr):
    #2> Unclosed client session
    #2> client_session: <aiohttp.client.ClientSession object at 0x...>
    #2> Unclosed connector
    #2> connections: ['deque([(<aiohttp.client_proto.ResponseHandler object at 0x...>, 4445.201324992)])']
    #2> connector: <aiohttp.connector.TCPConnector object at 0x...>
