"""Send a module-level function; bind extra arguments with functools.partial."""

import functools
import multiprocessing


def scale(n: int, factor: int) -> int:
    # Defined at the top level of the module, so pickle sends it by name
    # ("unpicklable_function_fixed.scale") and the worker finds it again.
    return n * factor


if __name__ == "__main__":
    # A partial of a top-level function pickles as "that function plus these
    # arguments", so it replaces the lambda or the closure.
    times_ten = functools.partial(scale, factor=10)
    with multiprocessing.Pool(processes=2) as pool:
        print(pool.map(times_ten, [1, 2, 3]))
        #> [10, 20, 30]
