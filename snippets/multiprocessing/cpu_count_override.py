# /// script
# requires-python = ">=3.13"
# ///
"""Python 3.13+: tell Python how many CPUs to count, for pools in containers."""

import os
import subprocess
import sys

# A one-line program that prints both counts, run in a fresh interpreter.
REPORT = "import os; print(os.cpu_count(), os.process_cpu_count())"

if __name__ == "__main__":
    # A CPU quota (docker --cpus=2, cgroup cpu.max) limits CPU time, not
    # which CPUs you may use, so neither count sees it; pools still start
    # one worker per CPU. Set the count yourself, for both functions:
    with_option = [sys.executable, "-X", "cpu_count=2", "-c", REPORT]
    print("-X cpu_count=2:", subprocess.check_output(with_option, text=True).strip())
    #> -X cpu_count=2: 2 2
    with_variable = {**os.environ, "PYTHON_CPU_COUNT": "3"}
    output = subprocess.check_output([sys.executable, "-c", REPORT], env=with_variable)
    print("PYTHON_CPU_COUNT=3:", output.decode().strip())
    #> PYTHON_CPU_COUNT=3: 3 3
