"""Fixed: the guard keeps spawned workers from running asyncio.run() again."""

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(n: int) -> int:
    return n * n


async def main() -> None:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        loop = asyncio.get_running_loop()
        print(await loop.run_in_executor(pool, square, 7))
        #> 49


# A worker imports this file as "__mp_main__": it gets square() and stops here.
if __name__ == "__main__":
    asyncio.run(main())
