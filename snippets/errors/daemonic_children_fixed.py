"""Fixed: the main process hands every piece of work to the one pool."""

import multiprocessing


def square(x: int) -> int:
    return x * x


if __name__ == "__main__":
    batches = [[1, 2], [3, 4]]
    with multiprocessing.Pool(2) as pool:
        # Nested work becomes one flat list of tasks for the same workers.
        flat = pool.map(square, [n for batch in batches for n in batch])
    print([flat[0:2], flat[2:4]])
    #> [[1, 4], [9, 16]]
