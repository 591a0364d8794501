"""Share data between processes without pickling: a Value and a SharedMemory block."""

import multiprocessing
from multiprocessing import shared_memory
from multiprocessing.sharedctypes import Synchronized


def work(part: int, done: Synchronized, block_name: str) -> None:
    block = shared_memory.SharedMemory(name=block_name)  # attach by name
    # Each worker writes its own four bytes in place: no copy, no lock needed.
    # (Type checkers see buf as `memoryview | None`, None once closed: hence
    # the ignore here and below.)
    block.buf[part * 4 : part * 4 + 4] = bytes([part * 10 + i for i in range(4)])  # type: ignore[index]
    block.close()
    # += is a read then a write: hold the Value's lock across both, or two
    # workers can read the same number and one increment is lost.
    with done.get_lock():
        done.value += 1


if __name__ == "__main__":
    done = multiprocessing.Value("i", 0)  # one C int in shared memory
    block = shared_memory.SharedMemory(create=True, size=12)  # 12 raw bytes
    workers = [
        multiprocessing.Process(target=work, args=(part, done, block.name))
        for part in range(3)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("workers done:", done.value)
    #> workers done: 3
    # macOS rounds the block up to a whole page: print the 12 bytes we asked for.
    print(list(block.buf[:12]))  # type: ignore[index]
    #> [0, 1, 2, 3, 10, 11, 12, 13, 20, 21, 22, 23]
    block.close()
    block.unlink()  # the creator frees the block once every worker is done
