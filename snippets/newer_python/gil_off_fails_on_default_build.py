# /// script
# requires-python = ">=3.13"
# ///
"""On a build with the GIL, asking for it off stops Python before any code runs."""

import os
import subprocess
import sys

if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        print("the child's code ran")
    else:
        child = subprocess.run(
            # PYTHON_GIL=0 in the environment; -X gil=1 does not rescue it.
            [sys.executable, "-X", "gil=1", __file__, "--child"],
            capture_output=True,
            text=True,
            env=os.environ | {"PYTHON_GIL": "0"},
        )
        print("exit status:", child.returncode)
        #> exit status: 1
        print("its stdout:", repr(child.stdout))
        #> its stdout: ''
        print(child.stderr.splitlines()[0])
        #> Fatal Python error: config_read_gil: Disabling the GIL is not supported by this build
