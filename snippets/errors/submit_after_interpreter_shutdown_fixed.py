"""Fixed: do the last piece of work before the main thread ends."""

from concurrent.futures import ThreadPoolExecutor


def save_state() -> str:
    return "state saved"


def main() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        try:
            pass  # the program's real work goes here
        finally:
            # Still inside the with block: the pool takes work until it ends.
            print(pool.submit(save_state).result())
            #> state saved


if __name__ == "__main__":
    main()
    print("main thread done")
    #> main thread done
