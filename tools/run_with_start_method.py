"""Run a snippet as ``__main__`` under a chosen multiprocessing start method.

    python tools/run_with_start_method.py spawn snippets/multiprocessing/x.py

runpy gives the program ``__file__`` and no ``__spec__``, and the snippet's
folder is first on sys.path, exactly as ``python x.py`` would have it; so this
is how a reader whose platform defaults to that method sees the program.
"""

import multiprocessing
import os
import runpy
import sys

if __name__ == "__main__":
    method, path = sys.argv[1], sys.argv[2]
    multiprocessing.set_start_method(method)
    sys.argv = [path]
    sys.path[0] = os.path.dirname(os.path.abspath(path))
    runpy.run_path(path, run_name="__main__")
