"""Broken: a retry loop awaits the same coroutine object twice."""

import asyncio

attempts = 0


async def flaky_fetch() -> str:
    global attempts
    attempts += 1
    if attempts == 1:
        raise ConnectionError("reset by peer")
    return "payload"


async def with_retries(coro, tries: int = 3) -> str:
    for _ in range(tries):
        try:
            return await coro  # a coroutine object runs once, then is spent
        except ConnectionError:
            continue
    raise RuntimeError("gave up")


async def main() -> None:
    try:
        await with_retries(flaky_fetch())
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> RuntimeError: cannot reuse already awaited coroutine


if __name__ == "__main__":
    asyncio.run(main())
