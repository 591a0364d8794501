"""Fixed: send the work in a few large batches."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def sum_of_squares(batch: range) -> int:
    return sum(n * n for n in batch)  # one task now does 500 items of work


if __name__ == "__main__":
    numbers = range(2_000)
    size = 500
    batches = [numbers[i : i + size] for i in range(0, len(numbers), size)]
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as pool:
        total = sum(pool.map(sum_of_squares, batches))
    print(f"{len(batches)} tasks sent for {len(numbers)} numbers; total {total}")
    #> 4 tasks sent for 2000 numbers; total 2664667000
