# /// script
# requires-python = ">=3.12"
# ///
"""The eager task factory (3.12+) runs a new task at once, up to its first wait."""

import asyncio

log: list[str] = []


async def lookup(name: str, cached: bool) -> str:
    log.append(f"{name} started")
    if not cached:
        await asyncio.sleep(0.01)  # a real wait: an eager task yields here
    return f"{name} done"


async def main() -> None:
    lazy = asyncio.create_task(lookup("lazy", cached=True))
    print(log, lazy.done())  # scheduled only: nothing ran yet
    #> [] False

    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    quick = asyncio.create_task(lookup("eager, cached", cached=True))
    # It ran inside create_task() and finished without ever waiting.
    print(log, quick.done())
    #> ['eager, cached started'] True
    slow = asyncio.create_task(lookup("eager, slow", cached=False))
    # It ran up to its first real wait, then became an ordinary task.
    print(log[-1], slow.done())
    #> eager, slow started False
    print(await asyncio.gather(lazy, quick, slow))
    #> ['lazy done', 'eager, cached done', 'eager, slow done']


if __name__ == "__main__":
    asyncio.run(main())
