"""Fixed: define the function at the top level of the file, outside the guard."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def square(x: int) -> int:  # every worker that imports this file finds it
    return x * x


if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        print(pool.submit(square, 4).result())
        #> 16
