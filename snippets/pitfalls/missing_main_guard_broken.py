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
# What the worker wrote to stderr before it died:
#2> Traceback (most recent call last):
#2>   File "<string>", line 1, in <module>
#2> [3.13+]     from multiprocessing.spawn import spawn_main; spawn_main(tracker_fd=11, pipe_handle=15)
#2>   ...
#2>   File "snippets/pitfalls/missing_main_guard_broken.py", line 28, in <module>
#2>     asyncio.run(main())
#2>   ...
#2>   File "snippets/pitfalls/missing_main_guard_broken.py", line 18, in main
#2>     print(await loop.run_in_executor(pool, square, 7))
#2>   ...
#2> RuntimeError:
#2>         An attempt has been made to start a new process before the
#2>         current process has finished its bootstrapping phase.
#2>
#2>         This probably means that you are not using fork to start your
#2>         child processes and you have forgotten to use the proper idiom
#2>         in the main module:
#2>
#2>             if __name__ == '__main__':
#2>                 freeze_support()
#2>                 ...
#2>
#2>         The "freeze_support()" line can be omitted if the program
#2>         is not going to be frozen to produce an executable.
#2>
#2>         To fix this issue, refer to the "Safe importing of main module"
#2>         section in https://docs.python.org/3/library/multiprocessing.html
#2>
