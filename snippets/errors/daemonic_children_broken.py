"""Broken: a pool worker tries to start a process of its own."""

import multiprocessing


def square(x: int) -> int:
    return x * x


def square_in_helper(x: int) -> int:
    # Pool workers are daemon processes, and those may not have children.
    helper = multiprocessing.Process(target=square, args=(x,))
    helper.start()
    helper.join()
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        try:
            pool.map(square_in_helper, [1, 2])
        except AssertionError as exc:
            print(f"AssertionError: {exc}")
            #> AssertionError: daemonic processes are not allowed to have children
