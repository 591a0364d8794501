"""Fixed: pass the coroutine function and call it once per attempt."""

import asyncio
from collections.abc import Awaitable, Callable

attempts = 0


async def flaky_fetch() -> str:
    global attempts
    attempts += 1
    if attempts == 1:
        raise ConnectionError("reset by peer")
    return "payload"


async def with_retries(make: Callable[[], Awaitable[str]], tries: int = 3) -> str:
    for _ in range(tries):
        try:
            return await make()  # a fresh coroutine for every attempt
        except ConnectionError:
            continue
    raise RuntimeError("gave up")


async def main() -> None:
    print(await with_retries(flaky_fetch), "after", attempts, "attempts")
    #> payload after 2 attempts


if __name__ == "__main__":
    asyncio.run(main())
