"""Broken: no __main__ guard; each spawned worker runs asyncio.run() again."""

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(n: int) -> int:
    return n * n


async def main() -> None:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        loop = asyncio.get_running_loop()
        try:
            print(await loop.run_in_executor(pool, square, 7))
        except BrokenProcessPool as error:
            # The worker died while importing this file (its traceback, a
            # RuntimeError, went to stderr); the pool is now unusable.
            print(type(error).__name__)
            #> BrokenProcessPool


# Bug (on purpose): no `if __name__ == "__main__":` guard. A spawned worker
# imports this file to find square(), and the import runs this line again.
asyncio.run(main())
