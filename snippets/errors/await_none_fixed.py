"""Fixed: run the blocking function in a thread, and await that."""

import asyncio
import time


def save_report(text: str) -> str:
    time.sleep(0.01)
    return f"saved {text}"


async def main() -> None:
    print(await asyncio.to_thread(save_report, "q3"))
    #> saved q3


if __name__ == "__main__":
    asyncio.run(main())
