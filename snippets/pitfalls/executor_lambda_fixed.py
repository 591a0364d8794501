"""Fixed: functools.partial of a module-level function pickles fine."""

import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from functools import partial


def power(base: int, exponent: int) -> int:
    return base**exponent


async def main() -> None:
    loop = asyncio.get_running_loop()
    # A partial pickles as "power, by name, plus these arguments".
    call = partial(power, 2, exponent=10)
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as processes:
        print("process pool:", await loop.run_in_executor(processes, call))
        #> process pool: 1024


if __name__ == "__main__":
    asyncio.run(main())
