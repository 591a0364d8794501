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
#2> Traceback (most recent call last):
#2>   File "<string>", line 1, in <module>
#2> [3.13+]     from multiprocessing.spawn import spawn_main; spawn_main(tracker_fd=11, pipe_handle=15)
#2>   ...
#2>   File "snippets/multiprocessing/main_guard_missing_broken.py", line 16, in <module>
#2>     child.start()
#2>   ...
#2> RuntimeError:
#2>         An attempt has been made to start a new process before the
#2>         current process has finished its bootstrapping phase.
#2>
#2>         This probably means that you are not using fork to start your
#2>         child processes and you have forgotten to use the proper idiom
#2>         in the main module:
#2>
#2>             if __name__ == '__main__':
#2>                 freeze_support()
#2>                 ...
#2>
#2>         The "freeze_support()" line can be omitted if the program
#2>         is not going to be frozen to produce an executable.
#2>
#2>         To fix this issue, refer to the "Safe importing of main module"
#2>         section in https://docs.python.org/3/library/multiprocessing.html
#2>
