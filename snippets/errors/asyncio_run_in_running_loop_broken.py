"""Broken: asyncio.run() called from code that a loop is already running."""

import asyncio


async def load_config() -> dict[str, int]:
    await asyncio.sleep(0)
    return {"workers": 4}


def get_config() -> dict[str, int]:
    # Fine in a script; fails when the caller is itself a coroutine
    # (a notebook cell, a web handler, a test run by pytest-asyncio).
    coro = load_config()
    try:
        return asyncio.run(coro)
    finally:
        coro.close()  # never started: close it so no second warning appears


async def main() -> None:
    try:
        get_config()
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> RuntimeError: asyncio.run() cannot be called from a running event loop


if __name__ == "__main__":
    asyncio.run(main())
