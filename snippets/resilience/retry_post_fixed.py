# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""An idempotency key makes a retried POST safe: the server charges once."""

import asyncio
import uuid

from aiohttp import ClientConnectionError, ClientSession, web
from aiohttp.test_utils import TestServer


async def pay(session: ClientSession, url: str) -> str:
    # One key per payment, chosen before the first attempt and sent with each.
    headers = {"Idempotency-Key": str(uuid.uuid4())}
    for attempt in (1, 2):
        try:
            async with session.post(url, json={"cents": 500}, headers=headers) as r:
                return await r.text()
        except ClientConnectionError as error:
            print(f"attempt {attempt}: {type(error).__name__}, retrying")
            #> attempt 1: ServerDisconnectedError, retrying
    raise RuntimeError("no answer")


# --- a local payment server that loses its first answer --------------------
charges: list[int] = []
answers: dict[str, str] = {}  # idempotency key -> the answer already given


async def charge(request: web.Request) -> web.Response:
    key = request.headers["Idempotency-Key"]
    if key not in answers:  # a key seen before is answered again, not charged
        charges.append((await request.json())["cents"])
        answers[key] = f"charge #{len(charges)}"
        assert request.transport is not None
        request.transport.close()  # the first answer is lost, as before
    return web.Response(text=answers[key])


async def main() -> None:
    app = web.Application()
    app.router.add_post("/charge", charge)
    async with TestServer(app) as server, ClientSession() as session:
        print("answer:", await pay(session, str(server.make_url("/charge"))))
        #> answer: charge #1
    print("charged:", charges)
    #> charged: [500]


if __name__ == "__main__":
    asyncio.run(main())
