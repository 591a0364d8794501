# /// script
# dependencies = ["aiohttp>=3.11,<4"]
# ///
"""A pipeline: fetch pages with aiohttp, analyse each one in a process pool."""

import asyncio
import multiprocessing
from collections import Counter
from concurrent.futures import Executor, ProcessPoolExecutor

from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer

PAGES = {
    1: "the loop waits while the network works",
    2: "a process computes while the loop fetches the next page",
    3: "a thread waits on a blocking call so a loop stays free",
}


async def page(request: web.Request) -> web.Response:
    await asyncio.sleep(0.05)  # network latency
    return web.Response(text=PAGES[int(request.match_info["n"])])


def analyse(text: str) -> str:
    # The CPU-heavy step of a real pipeline (parsing, scoring) goes here.
    words = Counter(text.split())
    return f"{sum(words.values())} words, most common: {words.most_common(1)[0][0]!r}"


async def fetch_and_analyse(session: ClientSession, pool: Executor, n: int) -> str:
    async with session.get(f"/pages/{n}") as response:
        text = await response.text()
    # The loop is free to fetch other pages while a worker analyses this one.
    report = await asyncio.get_running_loop().run_in_executor(pool, analyse, text)
    return f"page {n}: {report}"


async def main() -> None:
    app = web.Application()
    app.router.add_get("/pages/{n}", page)
    spawn = multiprocessing.get_context("spawn")
    # TestServer serves the app on 127.0.0.1, on a port the system picks.
    async with (
        TestServer(app) as server,
        ClientSession(server.make_url("/")) as session,
    ):
        with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
            reports = await asyncio.gather(
                *(fetch_and_analyse(session, pool, n) for n in PAGES)
            )
    for report in reports:
        print(report)
        #> page 1: 7 words, most common: 'the'
        #> page 2: 10 words, most common: 'the'
        #> page 3: 12 words, most common: 'a'


if __name__ == "__main__":
    asyncio.run(main())
