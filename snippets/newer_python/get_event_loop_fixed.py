"""Let asyncio.run() or asyncio.Runner create and close the loop."""

import asyncio


async def greet(name: str) -> str:
    return f"hello {name}"


if __name__ == "__main__":
    # One entry point: asyncio.run() makes a loop, runs, closes it.
    print(asyncio.run(greet("once")))
    #> hello once
    # Several calls on one loop, as the old run_until_complete() code did.
    with asyncio.Runner() as runner:
        print(runner.run(greet("first")), "/", runner.run(greet("second")))
        #> hello first / hello second
