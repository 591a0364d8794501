"""Broken: more threads than the system will create."""

import threading


def download(url: str) -> None:
    pass


if __name__ == "__main__":
    # Real programs hit the limit with one thread per item (ulimit -u, memory,
    # a container's pids limit). A huge stack size makes the limit come at once.
    threading.stack_size(1 << 40)  # 1 TiB per thread
    worker = threading.Thread(target=download, args=("https://example.org",))
    try:
        worker.start()
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> RuntimeError: can't start new thread
    else:  # a host that overcommits memory may grant even this stack
        worker.join()
        print("the thread started: this system reserved the stack anyway")
    finally:
        threading.stack_size(0)  # back to the default for the threads to come
