"""Broken: more threads than the system will create."""

import threading


def download(url: str) -> None:
    pass


if __name__ == "__main__":
    # Real programs hit the limit with one thread per item (ulimit -u, memory,
    # a container's pids limit). A huge stack size makes the limit come at once.
    threading.stack_size(1 << 40)  # 1 TiB per thread
    try:
        threading.Thread(target=download, args=("https://example.org",)).start()
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> RuntimeError: can't start new thread
    finally:
        threading.stack_size(0)  # back to the default for the threads to come
