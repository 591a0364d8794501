"""An exception in a worker is raised again in the parent, with its traceback."""

import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor


def check_positive(n: int) -> int:
    if n < 0:
        raise ValueError(f"negative input: {n}")
    return n


def innermost_frame(traceback_text: str) -> str:
    """'line N, in function' for the last frame of a traceback."""
    frames = re.findall(r"line (\d+), in (\S+)", traceback_text)
    line, function = frames[-1]
    return f"line {line}, in {function}"


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        try:
            pool.map(check_positive, [3, -1, 4])
        except ValueError as error:
            # The worker's exception was pickled and raised again here.
            print("Pool.map raised", repr(error))
            #> Pool.map raised ValueError('negative input: -1')
            # Its __cause__ carries the worker's traceback, as text.
            print("raised in the worker at", innermost_frame(str(error.__cause__)))
            #> raised in the worker at line 10, in check_positive

    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(check_positive, -2)
        try:
            future.result()  # raises here, in the parent
        except ValueError as error:
            print("Future.result raised", repr(error))
            #> Future.result raised ValueError('negative input: -2')
