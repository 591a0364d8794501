"""Fixed: a top-level function, with its extra argument bound by partial()."""

from concurrent.futures import ProcessPoolExecutor
from functools import partial


def scale(value: int, factor: int) -> int:
    return value * factor


def scale_all(values: list[int], factor: int) -> list[int]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        return list(pool.map(partial(scale, factor=factor), values))


if __name__ == "__main__":
    print(scale_all([1, 2, 3], 10))
    #> [10, 20, 30]
