"""Broken: work submitted to an executor after its with block has ended."""

from concurrent.futures import ThreadPoolExecutor


def resize(name: str) -> str:
    return name.upper()


if __name__ == "__main__":
    with ThreadPoolExecutor() as pool:
        first = pool.submit(resize, "a.png")
    # The with block called pool.shutdown(): the pool takes no more work.
    try:
        pool.submit(resize, "b.png")
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
        #> RuntimeError: cannot schedule new futures after shutdown
