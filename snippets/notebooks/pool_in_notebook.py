# /// script
# dependencies = ["jupyter-client>=8,<9", "ipykernel>=7,<8"]
# ///
"""A function defined in a cell cannot reach a spawned worker; an import can."""

import textwrap

from kernel import notebook

POOL_CELL = """\
with ProcessPoolExecutor(1, mp_context=spawn) as pool:
    print(list(pool.map(square, range(5))))"""

with notebook() as nb:
    nb.run("import multiprocessing\nfrom concurrent.futures import ProcessPoolExecutor")
    # spawn is the default on macOS and Windows; Linux uses forkserver from 3.14.
    nb.run("spawn = multiprocessing.get_context('spawn')")
    nb.run("def square(n):\n    return n * n")
    shown = nb.run(POOL_CELL).splitlines()
    error = next(line for line in shown if line.startswith("BrokenProcessPool"))
    print(textwrap.fill(error, width=72, subsequent_indent="  "))
    #> BrokenProcessPool: A process in the process pool was terminated abruptly
    #>   while the future was running or pending.
    # The worker's own traceback, in the terminal that runs Jupyter, says why:
    # the worker has no `square` in its __main__.
    print(nb.terminal_line("AttributeError"))
    #> [3.11] AttributeError: Can't get attribute 'square' on <module '__main__' (built-in)>
    #> [3.12-3.13] AttributeError: Can't get attribute 'square' on <module '__main__' (<class '_frozen_importlib.BuiltinImporter'>)>
    #> [3.14+] AttributeError: module '__main__' has no attribute 'square'
    # The fix: define the function in a module next to the notebook.
    nb.run("from squares import square")
    print(nb.run(POOL_CELL), end="")
    #> [0, 1, 4, 9, 16]
