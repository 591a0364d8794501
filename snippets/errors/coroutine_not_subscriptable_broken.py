"""Broken: the result of an async function used without await."""

import asyncio


async def fetch_user(user_id: int) -> dict[str, str]:
    await asyncio.sleep(0)
    return {"name": "Ada"}


async def main() -> None:
    user = fetch_user(7)  # a coroutine object, not the dict
    try:
        print(user["name"])  # type: ignore[index]
    except TypeError as exc:
        print(f"TypeError: {exc}")
        #> TypeError: 'coroutine' object is not subscriptable
    del user  # the warning comes when the unawaited coroutine is freed


if __name__ == "__main__":
    asyncio.run(main())
    #2> snippets/errors/coroutine_not_subscriptable_broken.py:18: RuntimeWarning: coroutine 'fetch_user' was never awaited
    #2>   del user  # the warning comes when the unawaited coroutine is freed
    #2> RuntimeWarning: Enable tracemalloc to get the object allocation traceback
