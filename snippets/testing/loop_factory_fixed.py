# /// script
# requires-python = ">=3.13"
# dependencies = ["uvloop>=0.21,<1; sys_platform != 'win32'"]
# ///
"""loop_factory names a class (or a staticmethod): the tests run on uvloop."""

import asyncio
import io
import unittest

import uvloop

loops: list[str] = []


class TestOnUvloop(unittest.IsolatedAsyncioTestCase):
    loop_factory = uvloop.Loop  # a class is not bound; so is staticmethod(f)

    async def test_runs_on_uvloop(self) -> None:
        loops.append(type(asyncio.get_running_loop()).__qualname__)


class TestOnAsyncio(unittest.IsolatedAsyncioTestCase):
    loop_factory = asyncio.EventLoop  # 3.13+: the default loop, named

    async def test_runs_on_asyncio(self) -> None:
        loops.append(type(asyncio.get_running_loop()).__qualname__)


if __name__ == "__main__":
    load = unittest.defaultTestLoader.loadTestsFromTestCase
    suite = unittest.TestSuite([load(TestOnUvloop), load(TestOnAsyncio)])
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    print(f"ran {result.testsRun}, errors {len(result.errors)}")
    #> ran 2, errors 0
    print(loops)
    #> ['Loop', '_UnixSelectorEventLoop']
