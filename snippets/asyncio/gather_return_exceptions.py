"""gather(): the first error reaches you, the other tasks keep running."""

import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return f"{name} ok"


async def main() -> None:
    slow = asyncio.create_task(job("slow", 10))
    try:
        await asyncio.gather(job("broken", 0.01, fail=True), slow)
    except ValueError as error:
        print("gather raised:", error)
        #> gather raised: broken failed
    # Unlike a TaskGroup, gather did not cancel the other task: you must.
    print("slow.done():", slow.done())
    #> slow.done(): False
    slow.cancel()

    # return_exceptions=True: every outcome comes back, errors as values.
    outcomes = await asyncio.gather(
        job("a", 0.01),
        job("b", 0.01, fail=True),
        job("c", 0.01),
        return_exceptions=True,
    )
    print([o if isinstance(o, str) else repr(o) for o in outcomes])
    #> ['a ok', "ValueError('b failed')", 'c ok']


if __name__ == "__main__":
    asyncio.run(main())
