"""Fixed: await the future; its exception is raised where you can handle it."""

import asyncio


def resize_image(name: str) -> None:
    raise OSError(f"cannot read {name}")


async def main() -> None:
    try:
        await asyncio.to_thread(resize_image, "cat.png")
    except OSError as exc:
        print(f"handled: {exc}")
        #> handled: cannot read cat.png


if __name__ == "__main__":
    asyncio.run(main())
