# /// script
# requires-python = ">=3.13"
# dependencies = ["uvloop>=0.21,<1; sys_platform != 'win32'"]
# ///
"""A plain function as loop_factory: Python binds it, and every test errors."""

import asyncio
import io
import unittest

import uvloop


class TestOnUvloop(unittest.IsolatedAsyncioTestCase):
    # A function stored on a class becomes a method: the runner then calls
    # it with the test case as its argument.
    loop_factory = uvloop.new_event_loop

    async def test_runs_on_uvloop(self) -> None:
        self.assertIsInstance(asyncio.get_running_loop(), uvloop.Loop)


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestOnUvloop)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    print(f"ran {result.testsRun}, errors {len(result.errors)}")
    #> ran 1, errors 1
    print(result.errors[0][1].splitlines()[-1])
    #> TypeError: new_event_loop() takes 0 positional arguments but 1 was given
