# /// script
# dependencies = ["trio>=0.27,<1"]
# ///
"""Trio: tasks live in a nursery, and a cancel scope bounds a block of code."""

import trio


async def child(name: str, seconds: float, done: list[str]) -> None:
    await trio.sleep(seconds)
    done.append(name)


async def fail() -> None:
    raise ValueError("bad input")


async def main() -> None:
    done: list[str] = []
    # A cancel scope: when time is up, everything inside it is cancelled,
    # and the program goes on after the with block.
    with trio.move_on_after(0.2) as scope:
        async with trio.open_nursery() as nursery:  # waits for all its tasks
            nursery.start_soon(child, "fast", 0, done)
            nursery.start_soon(child, "slow", 10, done)
    print(done, "cancelled_caught:", scope.cancelled_caught)
    #> ['fast'] cancelled_caught: True

    # A task that fails cancels its siblings; the nursery raises a group.
    try:
        async with trio.open_nursery() as nursery:
            nursery.start_soon(child, "slow", 10, done)
            nursery.start_soon(fail)
    except ExceptionGroup as group:
        print(repr(group.exceptions), done)
        #> (ValueError('bad input'),) ['fast']


if __name__ == "__main__":
    trio.run(main)
