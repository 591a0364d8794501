"""Fixed: submit everything while the pool is open, then leave the block."""

from concurrent.futures import ThreadPoolExecutor


def resize(name: str) -> str:
    return name.upper()


if __name__ == "__main__":
    with ThreadPoolExecutor() as pool:
        futures = [pool.submit(resize, name) for name in ["a.png", "b.png"]]
    print([f.result() for f in futures])
    #> ['A.PNG', 'B.PNG']
