"""Fixed: one asyncio.Runner keeps the same loop open for every call."""

import asyncio


class Reporter:
    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()

    def report_later(self, text: str) -> None:
        self.loop.call_soon(print, text)


async def make_reporter() -> Reporter:
    return Reporter()


async def settle() -> None:
    await asyncio.sleep(0)  # one turn of the loop runs the scheduled callback


if __name__ == "__main__":
    with asyncio.Runner() as runner:  # closes the loop once, at the end
        reporter = runner.run(make_reporter())
        reporter.report_later("done")
        runner.run(settle())
        #> done
