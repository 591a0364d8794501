"""Fixed: a callback handles its own errors; the loop cannot hand them back."""

import asyncio

stats = {"requests": 12}


def log_rate() -> None:
    seconds = stats.get("seconds")
    if not seconds:
        print("no rate yet")
        return
    print(stats["requests"] / seconds)


async def main() -> None:
    asyncio.get_running_loop().call_later(0.01, log_rate)
    await asyncio.sleep(0.05)
    #> no rate yet
    print("main carried on")
    #> main carried on


if __name__ == "__main__":
    asyncio.run(main())
