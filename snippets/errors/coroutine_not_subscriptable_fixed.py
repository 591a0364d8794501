"""Fixed: await the call to get the value it returns."""

import asyncio


async def fetch_user(user_id: int) -> dict[str, str]:
    await asyncio.sleep(0)
    return {"name": "Ada"}


async def main() -> None:
    user = await fetch_user(7)
    print(user["name"])
    #> Ada


if __name__ == "__main__":
    asyncio.run(main())
