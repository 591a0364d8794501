# /// script
# requires-python = ">=3.14"
# ///
"""pdb.set_trace_async(): stop inside a coroutine and await at the prompt."""

import asyncio
import pdb


async def price(item: str) -> int:
    await asyncio.sleep(0)
    return len(item) * 100


async def checkout(basket: list[str]) -> None:
    # Interactively you would type these at the (Pdb) prompt; `commands`
    # runs them for you, and "continue" lets the program go on.
    await pdb.set_trace_async(
        commands=[
            "p basket",
            "p $_asynctask.get_name()",
            "cost = await price('scone')",
            "p cost",
            "continue",
        ]
    )
    #> ['tea', 'cake']
    #> 'checkout'
    #> 500
    print("paid for", len(basket), "items")
    #> paid for 2 items


async def main() -> None:
    await asyncio.create_task(checkout(["tea", "cake"]), name="checkout")


if __name__ == "__main__":
    asyncio.run(main())
