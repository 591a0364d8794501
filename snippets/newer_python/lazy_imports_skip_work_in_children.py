"""PEP 810 lazy imports: a spawned child skips imports it never uses."""

# Python 3.15 imports the modules named here only when first used; older
# Pythons ignore this list and import them at once.
__lazy_modules__ = ["tomllib"]

import multiprocessing
import sys
import tomllib


def square(n: int) -> tuple[int, bool]:
    # A spawn child imports this file again to find square().
    return n * n, "tomllib" in sys.modules


if __name__ == "__main__":
    settings = tomllib.loads("workers = 2")  # only the parent uses tomllib
    context = multiprocessing.get_context("spawn")
    with context.Pool(settings["workers"]) as pool:
        result, child_loaded_tomllib = pool.apply(square, (7,))
    print("result:", result)
    #> result: 49
    print("the child imported tomllib:", child_loaded_tomllib)
    #> [3.11-3.14] the child imported tomllib: True
    #> [3.15+] the child imported tomllib: False
