# /// script
# requires-python = ">=3.12"
# dependencies = ["uvloop>=0.21,<1; sys_platform != 'win32'"]
# ///
"""asyncio.run(..., loop_factory=...) (3.12+) picks the loop for one run."""

import asyncio

import uvloop


async def loop_classes() -> list[str]:
    return [cls.__name__ for cls in type(asyncio.get_running_loop()).__mro__]


if __name__ == "__main__":
    # loop_factory is called with no arguments and must return a new loop.
    # uvloop's Loop derives from the abstract base only, not asyncio's loops.
    print(asyncio.run(loop_classes(), loop_factory=uvloop.new_event_loop))
    #> ['Loop', 'Loop', 'AbstractEventLoop', 'object']
    # Nothing global changed: the next run gets the standard loop again.
    print(asyncio.run(loop_classes())[0])
    #> _UnixSelectorEventLoop
