# /// script
# dependencies = ["dask[distributed]>=2026.8,<2027"]
# ///
"""Dask sends lambdas and closures, which pickle refuses; a lock still cannot go."""

import pickle
import threading

from dask.distributed import Client
from loopback_cluster import loopback_cluster


def make_scaler(factor: int):
    def scale(x: int) -> int:  # a closure: it remembers factor
        return x * factor

    return scale


if __name__ == "__main__":
    triple = make_scaler(3)
    try:
        pickle.dumps(triple)  # what a local process pool does with every task
    except (AttributeError, pickle.PicklingError) as error:
        # AttributeError up to Python 3.13, PicklingError from 3.14.
        print("pickle refused it:", type(error).__name__)
        #> pickle refused it: AttributeError
    with loopback_cluster(n_workers=1) as cluster, Client(cluster) as client:
        # Dask falls back to cloudpickle, which sends the function's code.
        print("lambda:", client.submit(lambda x: x + 1, 41).result())
        #> lambda: 42
        print("closure:", client.submit(triple, 14).result())
        #> closure: 42
        try:
            client.submit(lambda lock: lock.locked(), threading.Lock())
        except TypeError as error:  # raised by submit: nothing reached a worker
            print("lock:", error.__cause__)
            #> lock: cannot pickle '_thread.lock' object
