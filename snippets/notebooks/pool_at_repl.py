"""The same pool code, run as a file and typed into the interactive REPL."""

import subprocess
import sys
import textwrap
from pathlib import Path

session = Path(__file__).with_name("repl_session.py")

as_file = subprocess.run(
    [sys.executable, session], capture_output=True, text=True, check=True
)
print(as_file.stdout, end="")
#> executor: [0, 1, 4, 9, 16]
#> Pool: [0, 1, 4, 9, 16]

# `python -i` with the program on stdin is the REPL: it reads and runs one
# statement at a time, and its __main__ module has no file a worker could load.
with session.open() as typed:
    at_repl = subprocess.run(
        [sys.executable, "-i"], stdin=typed, capture_output=True, text=True
    )
for line in at_repl.stdout.splitlines():
    print(textwrap.fill(line, width=72, subsequent_indent="  "))
    #> executor: BrokenProcessPool: A process in the process pool was
    #>   terminated abruptly while the future was running or pending.
    #> Pool: no result after 1 s
# Each dead worker left its traceback on stderr, ending with this line:
errors = at_repl.stderr.splitlines()
print(next(line for line in errors if line.startswith("AttributeError")))
#> [3.11] AttributeError: Can't get attribute 'square' on <module '__main__' (built-in)>
#> [3.12-3.13] AttributeError: Can't get attribute 'square' on <module '__main__' (<class '_frozen_importlib.BuiltinImporter'>)>
#> [3.14+] AttributeError: module '__main__' has no attribute 'square'
