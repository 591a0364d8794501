"""A function a worker process can import, unlike one defined in a cell."""


def square(n: int) -> int:
    return n * n
