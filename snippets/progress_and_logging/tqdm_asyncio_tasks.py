# /// script
# dependencies = ["tqdm>=4.66,<5"]
# ///
"""A tqdm progress bar over asyncio tasks, with tqdm.asyncio."""

import asyncio

from tqdm.asyncio import tqdm

# tqdm starts a monitor thread that lives until the program exits (it redraws
# bars that go quiet for 10 s); short jobs like these can do without it.
tqdm.monitor_interval = 0


async def fetch(page: int) -> str:
    await asyncio.sleep(0.01 * (page % 4))  # replies come back out of order
    return f"page {page}"


async def main() -> None:
    # tqdm.gather() is asyncio.gather() with a bar that moves as each
    # awaitable finishes; the results still come back in argument order.
    pages = await tqdm.gather(*(fetch(n) for n in range(20)), desc="pages")
    print(pages[:3], "...", len(pages), "pages")
    #> ['page 0', 'page 1', 'page 2'] ... 20 pages
    #2> pages: 100%|██████████| 20/20 [00:00<00:00, 648.03it/s]

    # tqdm.as_completed() wraps asyncio.as_completed(): handle each result
    # as soon as it exists, in finishing order.
    asked = [3, 1, 2, 0]
    finished: list[str] = []
    for next_done in tqdm.as_completed([fetch(n) for n in asked], desc="pages"):
        finished.append(await next_done)
    print("asked for pages", asked, "finished:", finished)
    #> asked for pages [3, 1, 2, 0] finished: ['page 0', 'page 1', 'page 2', 'page 3']
    #2> pages: 100%|██████████| 4/4 [00:00<00:00, 92.08it/s]


if __name__ == "__main__":
    asyncio.run(main())
