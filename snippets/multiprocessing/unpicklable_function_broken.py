"""Lambdas and local functions cannot be sent to worker processes."""

import multiprocessing
import pickle
from collections.abc import Callable


def make_scaler(factor: int) -> Callable[[int], int]:
    def scale(n: int) -> int:  # defined inside a function: a "local object"
        return n * factor

    return scale


if __name__ == "__main__":
    # Bug (on purpose): neither function can be found by name in a worker.
    candidates = {"lambda": lambda n: n * 10, "local function": make_scaler(10)}
    errors: dict[str, str] = {}
    with multiprocessing.Pool(processes=2) as pool:
        for label, function in candidates.items():
            try:
                pool.map(function, [1, 2, 3])
            # pool.map() raises in the parent, before any task reaches a worker.
            except (pickle.PicklingError, AttributeError) as error:
                errors[label] = type(error).__name__
    print("lambda:", errors["lambda"])
    #> lambda: PicklingError
    print("local function:", errors["local function"])
    #> [3.11-3.13] local function: AttributeError
    #> [3.14+] local function: PicklingError
