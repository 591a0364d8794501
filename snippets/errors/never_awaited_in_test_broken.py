"""Broken: an async test method in a plain unittest.TestCase never runs."""

import asyncio
import io
import unittest


class TestPrices(unittest.TestCase):
    async def test_total(self) -> None:
        await asyncio.sleep(0)
        self.assertEqual(1 + 1, 3)  # would fail, if it ever ran


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestPrices)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    #2> <stdlib>/unittest/case.py:579: RuntimeWarning: coroutine 'TestPrices.test_total' was never awaited
    #2> [3.11-3.13]   if method() is not None:
    #2> [3.14+]   self._callTestMethod(testMethod)
    #2> RuntimeWarning: Enable tracemalloc to get the object allocation traceback
    print(f"ran {result.testsRun}, failures {len(result.failures)}")
    #> ran 1, failures 0
