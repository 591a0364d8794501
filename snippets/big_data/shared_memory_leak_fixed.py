"""The creator unlinks the block in finally: no leak, no warning."""

from multiprocessing import shared_memory

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=1024)
    try:
        block.buf[:5] = b"hello"
        print(bytes(block.buf[:5]))
        #> b'hello'
    finally:
        block.close()  # every process that attached does this
        block.unlink()  # only the creator does this, once
