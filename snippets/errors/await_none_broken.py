"""Broken: await on a plain function, which returns None, not an awaitable."""

import asyncio
import time


def save_report(text: str) -> None:  # forgot "async", or a blocking library call
    time.sleep(0.01)


async def main() -> None:
    try:
        await save_report("q3")  # type: ignore[func-returns-value, misc]
    except TypeError as exc:
        print(f"TypeError: {exc}")
        #> [3.11-3.13] TypeError: object NoneType can't be used in 'await' expression
        #> [3.14+] TypeError: 'NoneType' object can't be awaited


if __name__ == "__main__":
    asyncio.run(main())
