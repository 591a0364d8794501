"""An exception in a worker is raised again in the parent, with its traceback."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def check_positive(n: int) -> int:
    if n < 0:
        raise ValueError(f"negative input: {n}")
    return n


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        try:
            pool.map(check_positive, [3, -1, 4])
        except ValueError as error:
            # The worker's exception was pickled and raised again here.
            print("Pool.map raised", repr(error))
            #> Pool.map raised ValueError('negative input: -1')
            # Its __cause__ carries the traceback text from the worker.
            remote = str(error.__cause__)
            print("worker traceback names check_positive:", "check_positive" in remote)
            #> worker traceback names check_positive: True

    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(check_positive, -2)
        try:
            future.result()  # raises here, in the parent
        except ValueError as error:
            print("Future.result raised", repr(error))
            #> Future.result raised ValueError('negative input: -2')
