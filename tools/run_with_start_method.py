"""Run a snippet as ``__main__`` under a chosen multiprocessing start method.

    python tools/run_with_start_method.py spawn snippets/multiprocessing/x.py

runpy gives the program ``__file__`` and no ``__spec__``, exactly as
``python x.py`` does, so spawn and forkserver workers re-import it by path.
"""

import multiprocessing
import runpy
import sys

if __name__ == "__main__":
    method, path = sys.argv[1], sys.argv[2]
    multiprocessing.set_start_method(method)
    sys.argv = [path]
    runpy.run_path(path, run_name="__main__")
