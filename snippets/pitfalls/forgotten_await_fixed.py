"""Fixed: await the coroutine, and the write happens."""

import asyncio

saved: list[str] = []


async def save(record: str) -> None:
    await asyncio.sleep(0)  # stands in for a database write
    saved.append(record)


async def main() -> None:
    await save("order 1")


if __name__ == "__main__":
    asyncio.run(main())
    print(saved)
    #> ['order 1']
