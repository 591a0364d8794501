"""Fixed: run the task in a TaskGroup, which awaits it and raises its error."""

import asyncio


async def send_receipt(order: int) -> None:
    await asyncio.sleep(0)
    raise ValueError(f"no e-mail address for order {order}")


async def main() -> None:
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(send_receipt(7))
    except* ValueError as group:
        for exc in group.exceptions:
            print(f"handled: {exc}")
            #> handled: no e-mail address for order 7


if __name__ == "__main__":
    asyncio.run(main())
