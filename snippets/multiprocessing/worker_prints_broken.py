"""print() in a worker goes to the worker's own stdout, not where you look."""

import contextlib
import io
import multiprocessing


def work(n: int) -> int:
    print(f"worker squaring {n}")  # runs in another process
    return n * n


if __name__ == "__main__":
    # Capture what this program prints by replacing sys.stdout, as some test
    # tools do.
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured), multiprocessing.Pool(2) as pool:
        squares = pool.map(work, range(4))
    # Nothing arrived. Under fork each worker wrote to its own copy of the
    # StringIO, which vanished with it; under spawn and forkserver the workers
    # wrote straight to the terminal, in whatever order they happened to run.
    print("captured:", repr(captured.getvalue()))
    #> captured: ''
    print(squares)
    #> [0, 1, 4, 9]
