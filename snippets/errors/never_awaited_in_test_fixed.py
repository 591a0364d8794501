"""Fixed: IsolatedAsyncioTestCase runs each async test on an event loop."""

import asyncio
import io
import unittest


class TestPrices(unittest.IsolatedAsyncioTestCase):
    async def test_total(self) -> None:
        await asyncio.sleep(0)
        self.assertEqual(1 + 1, 3)  # now it runs, and fails as it should


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestPrices)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    print(f"ran {result.testsRun}, failures {len(result.failures)}")
    #> ran 1, failures 1
