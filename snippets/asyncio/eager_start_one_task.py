# /// script
# requires-python = ">=3.14"
# ///
"""Python 3.14: eager_start=True runs one new task at once, inside create_task()."""

import asyncio


async def cached(log: list[str]) -> str:
    log.append("cached ran")  # never waits, so it finishes inside create_task()
    return "hit"


async def main() -> None:
    log: list[str] = []
    lazy = asyncio.create_task(cached(log))
    eager = asyncio.create_task(cached(log), eager_start=True)
    print("right after create_task():", lazy.done(), eager.done(), log)
    #> right after create_task(): False True ['cached ran']
    print(await lazy, await eager, log)
    #> hit hit ['cached ran', 'cached ran']


if __name__ == "__main__":
    asyncio.run(main())
