"""Send workers the name of a shared memory block, not the data in it."""

import pickle
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import shared_memory

SIZE = 8_000_000  # 8 MB of data


def count_nonzero(name: str, start: int, stop: int) -> int:
    block = shared_memory.SharedMemory(name=name)  # attach: no copy
    try:
        view = block.buf[start:stop]
        # tobytes() copies inside this process only; nothing crosses a pipe.
        found = stop - start - view.tobytes().count(0)
        view.release()  # close() refuses while a view is still in use
        return found
    finally:
        block.close()  # this process is done with it; the creator unlinks


if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=SIZE)
    try:
        # Some systems round the block up to whole pages: index only SIZE bytes.
        block.buf[:SIZE:1000] = b"\x01" * (SIZE // 1000)  # every 1000th byte
        half = SIZE // 2
        jobs = [(block.name, 0, half), (block.name, half, SIZE)]
        with ProcessPoolExecutor(max_workers=2) as pool:
            counts = list(pool.map(count_nonzero, *zip(*jobs, strict=True)))
        print("nonzero bytes per half:", counts)
        #> nonzero bytes per half: [4000, 4000]
        print("bytes pickled per task:", len(pickle.dumps(jobs[0])))
        #> bytes pickled per task: 36
        print(
            "bytes pickled to send the data:",
            len(pickle.dumps(bytes(block.buf[:SIZE]))),
        )
        #> bytes pickled to send the data: 8000009
    finally:
        block.close()
        block.unlink()  # the creator frees it, once, after every worker is done
