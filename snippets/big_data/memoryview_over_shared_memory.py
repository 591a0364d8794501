"""Treat shared memory as an array of doubles with memoryview.cast(), no NumPy needed."""

from concurrent.futures import ProcessPoolExecutor
from multiprocessing import shared_memory

COUNT = 8  # doubles, 8 bytes each


def square_in_place(name: str, start: int, stop: int) -> None:
    block = shared_memory.SharedMemory(name=name)
    numbers = block.buf[: COUNT * 8].cast("d")  # a view: no copy
    for i in range(start, stop):
        numbers[i] = numbers[i] ** 2
    numbers.release()  # release every view before close()
    block.close()


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=COUNT * 8)
    numbers = block.buf[: COUNT * 8].cast("d")
    for i in range(COUNT):
        numbers[i] = i + 0.5
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(square_in_place, [block.name] * 2, [0, 4], [4, 8]))
    print(numbers.tolist())
    #> [0.25, 2.25, 6.25, 12.25, 20.25, 30.25, 42.25, 56.25]
    try:
        block.close()  # a view into the block is still alive
    except BufferError as error:
        print("BufferError:", error)
        #> BufferError: cannot close exported pointers exist
    numbers.release()
    block.close()
    block.unlink()
