"""Give up on slow work with asyncio.timeout() (3.11+) or wait_for()."""

import asyncio


async def slow_reply(log: list[str]) -> str:
    try:
        await asyncio.sleep(10)
        return "reply"
    finally:
        log.append("slow_reply cleaned up")  # runs when it is cancelled


async def main() -> None:
    log: list[str] = []
    # asyncio.timeout() bounds everything inside the block.
    try:
        async with asyncio.timeout(0.1):
            await slow_reply(log)
    except TimeoutError as error:  # the builtin TimeoutError since 3.11
        print("timeout():", type(error).__name__)
        #> timeout(): TimeoutError

    # wait_for() bounds one awaitable, and cancels it when time is up.
    try:
        await asyncio.wait_for(slow_reply(log), timeout=0.1)
    except TimeoutError as error:
        print("wait_for():", type(error).__name__)
        #> wait_for(): TimeoutError

    print(log)
    #> ['slow_reply cleaned up', 'slow_reply cleaned up']
    # Since 3.11, asyncio.TimeoutError is another name for the builtin.
    print(asyncio.TimeoutError)
    #> <class 'TimeoutError'>


if __name__ == "__main__":
    asyncio.run(main())
