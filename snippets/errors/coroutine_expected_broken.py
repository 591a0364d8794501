"""Broken: asyncio.run() given the function instead of a coroutine."""

import asyncio


async def main() -> None:
    await asyncio.sleep(0)


if __name__ == "__main__":
    try:
        asyncio.run(main)  # type: ignore[arg-type]
    except (ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
        #> [3.11-3.13] ValueError: a coroutine was expected, got <function main at 0x7f33a25b84a0>
        #> [3.14+] TypeError: An asyncio.Future, a coroutine or an awaitable is required
