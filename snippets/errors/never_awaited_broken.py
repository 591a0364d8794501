"""Broken: an async function called without await runs none of its body."""

import asyncio

saved: list[str] = []


async def save(record: str) -> None:
    await asyncio.sleep(0)  # stands in for a database write
    saved.append(record)


async def main() -> None:
    save("order 1")  # type: ignore[unused-coroutine]
    #2> snippets/errors/never_awaited_broken.py:14: RuntimeWarning: coroutine 'save' was never awaited
    #2>   save("order 1")  # type: ignore[unused-coroutine]
    #2> RuntimeWarning: Enable tracemalloc to get the object allocation traceback
    print(saved)
    #> []


if __name__ == "__main__":
    asyncio.run(main())
