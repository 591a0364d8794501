"""Fixed: code that starts processes runs only under the __main__ guard."""

import multiprocessing


def greet() -> None:
    pass


if __name__ == "__main__":  # a child imports the file as __mp_main__ and skips this
    context = multiprocessing.get_context("spawn")
    child = context.Process(target=greet)
    child.start()
    child.join()
    print(f"exit code {child.exitcode}")
    #> exit code 0
