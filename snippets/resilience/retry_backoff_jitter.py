# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""Retry a flaky server with exponential backoff and full jitter."""

import asyncio
import random

from aiohttp import ClientConnectionError, ClientResponseError, ClientSession, web
from aiohttp.test_utils import TestServer

# Statuses that say "try again later"; others (a 404) would answer the same.
RETRY_STATUSES = {408, 429, 502, 503, 504}
BASE, CAP, ATTEMPTS = 0.01, 0.5, 5  # first delay (s), largest delay (s), tries
rng = random.Random(7)  # seeded, so that every run waits the same


async def get_with_retries(session: ClientSession, url: str) -> str:
    attempt = 0
    while True:
        attempt += 1
        try:
            async with session.get(url) as response:
                if response.status not in RETRY_STATUSES:
                    response.raise_for_status()  # a 404 raises here: no retry
                    return await response.text()
                outcome = f"{response.status} {response.reason}"
        except (ClientConnectionError, TimeoutError) as error:
            outcome = type(error).__name__  # no answer at all: worth a retry
        if attempt == ATTEMPTS:
            raise RuntimeError(f"{url}: gave up after {attempt} attempts")
        bound = min(CAP, BASE * 2 ** (attempt - 1))
        print(f"attempt {attempt}: {outcome}; retry within {bound:.2f} s")
        #> attempt 1: 503 Service Unavailable; retry within 0.01 s
        #> attempt 2: 503 Service Unavailable; retry within 0.02 s
        #> attempt 3: 503 Service Unavailable; retry within 0.04 s
        # Full jitter: anywhere from 0 to the bound, so that many clients
        # that failed together do not all come back at the same moment.
        await asyncio.sleep(rng.uniform(0, bound))


# --- a local server: /flaky fails three times, /gone never exists ---------
failures_left = 3


async def flaky(request: web.Request) -> web.Response:
    global failures_left
    if failures_left:
        failures_left -= 1
        return web.Response(status=503)
    return web.Response(text="ok")


async def main() -> None:
    app = web.Application()
    app.router.add_get("/flaky", flaky)
    async with TestServer(app) as server, ClientSession() as session:
        answer = await get_with_retries(session, str(server.make_url("/flaky")))
        print("/flaky:", answer)
        #> /flaky: ok
        try:
            await get_with_retries(session, str(server.make_url("/gone")))
        except ClientResponseError as error:
            print("/gone:", error.status, error.message, "(not retried)")
            #> /gone: 404 Not Found (not retried)


if __name__ == "__main__":
    asyncio.run(main())
