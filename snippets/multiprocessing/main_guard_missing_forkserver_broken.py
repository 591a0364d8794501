# /// script
# requires-python = ">=3.14"
# ///
"""No __main__ guard under forkserver: what fails depends on the version."""

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def square(n: int) -> int:
    return n * n


# Bug (on purpose): no `if __name__ == "__main__":` guard. The fork server
# (3.14.1+) or each worker (3.14.0, 3.15) imports this file, reaches these
# lines while it is still starting up, and dies with a RuntimeError.
forkserver = multiprocessing.get_context("forkserver")
with ProcessPoolExecutor(max_workers=1, mp_context=forkserver) as pool:
    try:
        print(pool.submit(square, 7).result())
    except BrokenProcessPool:
        print("a worker died: BrokenProcessPool")
        #> [3.15+] a worker died: BrokenProcessPool
    except (EOFError, ConnectionError) as error:
        # The server died, so the parent's connection to it broke.
        print("the fork server died:", type(error).__name__)
        #> [3.14] the fork server died: ConnectionResetError
# What the fork server (3.14.1+) or the worker (3.15) wrote to stderr as it died:
#2> Traceback (most recent call last):
#2> [3.14]   File "<string>", line 1, in <module>
#2> [3.14]     import sys; from multiprocessing.forkserver import main; main(10, 11, ['__main__'], sys_argv=sys.argv[1:], **{'sys_path': ['snippets/multiprocessing', '/usr/lib/python314.zip', '/usr/lib/python3.14'], 'main_path': 'snippets/multiprocessing/main_guard_missing_forkserver_broken.py', 'authkey_r': 13})
#2>   ...
#2>   File "snippets/multiprocessing/main_guard_missing_forkserver_broken.py", line 21, in <module>
#2>     print(pool.submit(square, 7).result())
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
