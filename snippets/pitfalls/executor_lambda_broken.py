"""Broken: a lambda handed to run_in_executor() with a process pool."""

import asyncio
import multiprocessing
import pickle
import re
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def power(base: int, exponent: int) -> int:
    return base**exponent


async def main() -> None:
    loop = asyncio.get_running_loop()
    # run_in_executor() passes no keyword arguments, so a lambda is tempting.
    # Bug (on purpose): a lambda cannot be pickled for a process pool.
    call = lambda: power(2, exponent=10)  # noqa: E731
    with ThreadPoolExecutor() as threads:
        # Threads share memory: the lambda is handed over as it is.
        print("thread pool:", await loop.run_in_executor(threads, call))
        #> thread pool: 1024
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as processes:
        try:
            await loop.run_in_executor(processes, call)
        # A process needs the function pickled, and pickle stores a function
        # by its importable name: a lambda inside main() has none.
        # The error type and wording vary: AttributeError up to 3.13,
        # PicklingError from 3.14. All of them name the local object.
        except (pickle.PicklingError, AttributeError) as error:
            local = re.search(r"\w+\.<locals>\.<lambda>", str(error))
            print("process pool: cannot pickle", local and local[0])
            #> process pool: cannot pickle main.<locals>.<lambda>


if __name__ == "__main__":
    asyncio.run(main())
