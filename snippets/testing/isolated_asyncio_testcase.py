"""unittest.IsolatedAsyncioTestCase: a fresh event loop for every test."""

import asyncio
import io
import unittest

events: list[str] = []
loops: list[asyncio.AbstractEventLoop] = []


class TestOrders(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:
        self.queue: asyncio.Queue[str] = asyncio.Queue()
        loops.append(asyncio.get_running_loop())
        events.append("asyncSetUp")

    async def test_first(self) -> None:
        await self.queue.put("order 1")
        self.assertEqual(await self.queue.get(), "order 1")
        events.append("test_first")

    async def test_second(self) -> None:
        # A task the test forgets to finish: the case cancels it at the end.
        self.addAsyncCleanup(self.record_cleanup)
        asyncio.get_running_loop().create_task(self.wait_forever())
        events.append("test_second")

    async def wait_forever(self) -> None:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            events.append("leftover task cancelled")
            raise

    async def record_cleanup(self) -> None:
        events.append("async cleanup")

    async def asyncTearDown(self) -> None:
        events.append("asyncTearDown")


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(TestOrders)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    print(f"ran {result.testsRun}, failures {len(result.failures + result.errors)}")
    #> ran 2, failures 0
    for event in events:
        print(event)
        #> asyncSetUp
        #> test_first
        #> asyncTearDown
        #> asyncSetUp
        #> test_second
        #> asyncTearDown
        #> async cleanup
        #> leftover task cancelled
    print(f"loops: {len(set(loops))}, closed: {[loop.is_closed() for loop in loops]}")
    #> loops: 2, closed: [True, True]
