"""Broken: an object keeps the loop of one asyncio.run() and uses it later."""

import asyncio


class Reporter:
    """Remembers the loop it was created on, as many client objects do."""

    def __init__(self) -> None:
        self.loop = asyncio.get_running_loop()

    def report_later(self, text: str) -> None:
        self.loop.call_soon(print, text)


async def make_reporter() -> Reporter:
    return Reporter()


if __name__ == "__main__":
    reporter = asyncio.run(make_reporter())  # this loop is closed on return
    try:
        reporter.report_later("done")
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> RuntimeError: Event loop is closed
