"""Fixed: await the call (or hand it to a TaskGroup) so its body runs."""

import asyncio

saved: list[str] = []


async def save(record: str) -> None:
    await asyncio.sleep(0)
    saved.append(record)


async def main() -> None:
    await save("order 1")
    print(saved)
    #> ['order 1']


if __name__ == "__main__":
    asyncio.run(main())
