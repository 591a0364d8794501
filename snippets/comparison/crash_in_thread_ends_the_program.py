"""The same hard crash in a thread ends the whole program, every thread."""

import subprocess
import sys

# The program under test: a thread crashes hard while the main thread works.
PROGRAM = """
import os, threading, time
threading.Thread(target=os._exit, args=(1,)).start()
time.sleep(5)
print("main thread finished")
"""

if __name__ == "__main__":
    # Run it as a separate Python process, so that only that process dies.
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=20
    )
    print("exit status:", result.returncode)
    #> exit status: 1
    # The main thread never got to its print: the process was gone.
    print("output:", repr(result.stdout))
    #> output: ''
