"""print() in a worker writes to the worker's own stdout, not to the parent's."""

import contextlib
import io
import multiprocessing
import sys
import tempfile
from pathlib import Path


def work(n: int) -> int:
    # Bug (on purpose): reporting from the worker. The line goes wherever this
    # process's stdout points, at whatever moment the worker gets there.
    print(f"squaring {n}")
    return n * n


def print_to_file(path: Path) -> None:
    # For this demonstration only: point each worker's stdout at one shared
    # file (line-buffered, one write per line) instead of your terminal, so
    # that we can look afterwards at what the terminal would have shown.
    sys.stdout = path.open("a", buffering=1)


if __name__ == "__main__":
    captured = io.StringIO()  # capture the parent's prints, as test tools do
    with tempfile.TemporaryDirectory() as tmp:
        terminal = Path(tmp) / "terminal.txt"
        pool = multiprocessing.Pool(2, initializer=print_to_file, initargs=(terminal,))
        with pool, contextlib.redirect_stdout(captured):
            squares = pool.map(work, range(4), chunksize=1)
        worker_lines = terminal.read_text().splitlines()

    # Replacing the parent's sys.stdout caught nothing ...
    print("captured in the parent:", repr(captured.getvalue()))
    #> captured in the parent: ''
    # ... the lines went to the workers' own stdout, in the order they ran.
    print("in this order:", worker_lines)
    #> in this order: ['squaring 0', 'squaring 1', 'squaring 2', 'squaring 3']
    print("sorted:", sorted(worker_lines))
    #> sorted: ['squaring 0', 'squaring 1', 'squaring 2', 'squaring 3']
    print(squares)
    #> [0, 1, 4, 9]
