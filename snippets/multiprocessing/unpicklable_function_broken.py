"""Lambdas and local functions cannot be sent to worker processes."""

import multiprocessing
import pickle


def make_scaler(factor: int):
    def scale(n: int) -> int:  # defined inside a function: a "local object"
        return n * factor

    return scale


if __name__ == "__main__":
    candidates = {"lambda": lambda n: n * 10, "local function": make_scaler(10)}
    with multiprocessing.Pool(processes=2) as pool:
        for label, function in candidates.items():
            try:
                pool.map(function, [1, 2, 3])
            # pool.map() raises it in the parent. Its type and wording vary:
            # PicklingError or AttributeError up to 3.13, PicklingError in 3.14.
            except (pickle.PicklingError, AttributeError):
                print(f"{label}: cannot be pickled, so it never reached a worker")
                #> lambda: cannot be pickled, so it never reached a worker
                #> local function: cannot be pickled, so it never reached a worker
