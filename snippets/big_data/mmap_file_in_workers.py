"""Workers map the same file into memory: pass the path, the kernel shares the pages."""

import mmap
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def count_lines(path: str, start: int, stop: int) -> int:
    with (
        open(path, "rb") as file,
        mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data,
    ):
        return data[start:stop].count(b"\n")  # reads only these pages


def stamp(path: str) -> None:
    with open(path, "r+b") as file, mmap.mmap(file.fileno(), 0) as data:
        data[:5] = b"HELLO"  # MAP_SHARED: the file itself changes


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        path = str(Path(scratch, "log.txt"))
        Path(path).write_bytes(b"hello world\n" * 100_000)  # 1.2 MB
        size = Path(path).stat().st_size
        with ProcessPoolExecutor(max_workers=2) as pool:
            halves = [(0, size // 2), (size // 2, size)]
            counts = list(pool.map(count_lines, [path] * 2, *zip(*halves, strict=True)))
            pool.submit(stamp, path).result()
        print("lines per half:", counts)
        #> lines per half: [50000, 50000]
        print(Path(path).read_bytes()[:24])
        #> b'HELLO world\nhello world\n'
