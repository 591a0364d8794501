"""No __main__ guard: a spawn child re-runs the code that started it."""

import multiprocessing


def greet() -> None:
    pass


# Bug (on purpose): no `if __name__ == "__main__":` guard around these lines.
# Under spawn (the default on macOS and Windows) the child starts a fresh
# interpreter and imports this file. The import reaches this line again and
# tries to start a grandchild while the child is still starting up;
# multiprocessing refuses with a RuntimeError (on stderr) and the child dies.
child = multiprocessing.get_context("spawn").Process(target=greet)
child.start()
child.join()
print("child exit code:", child.exitcode)  # 0 would mean success
#> child exit code: 1
