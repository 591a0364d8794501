"""Recorded by tests/test_timelines.py: exits while its child still runs."""

import subprocess
import sys
import time

subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
time.sleep(0.05)  # the sampler sees the child before this process exits
