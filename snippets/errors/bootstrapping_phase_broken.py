"""Broken: no __main__ guard, so each spawned child starts a child again."""

import multiprocessing


def greet() -> None:
    pass


context = multiprocessing.get_context("spawn")  # the default on macOS and Windows
child = context.Process(target=greet)
child.start()  # a child re-runs this file on import, and reaches this line
child.join()
print(f"exit code {child.exitcode}")
#> exit code 1
#2> Traceback (most recent call last):
#2>   File "<string>", line 1, in <module>
#2> [3.13+]     from multiprocessing.spawn import spawn_main; spawn_main(tracker_fd=4, pipe_handle=6)
#2>   ...
#2>   File "snippets/errors/bootstrapping_phase_broken.py", line 12, in <module>
#2>     child.start()  # a child re-runs this file on import, and reaches this line
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
