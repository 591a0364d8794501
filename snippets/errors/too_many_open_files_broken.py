"""Broken: every file is opened at once, more than the process may hold."""

import os
import resource
import tempfile
from pathlib import Path

if __name__ == "__main__":
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    in_use = len(os.listdir("/proc/self/fd"))
    # A low limit makes the failure quick; real programs meet 1024 (a common
    # default) with one open socket or file per task.
    resource.setrlimit(resource.RLIMIT_NOFILE, (in_use + 20, hard))
    try:
        with tempfile.TemporaryDirectory() as folder:
            paths = [Path(folder) / f"part{n}.csv" for n in range(50)]
            handles = []
            try:
                for path in paths:
                    handles.append(open(path, "w"))  # noqa: SIM115
            except OSError as exc:
                print(f"OSError: {exc}")
                #> OSError: [Errno 24] Too many open files: '/tmp/tmp3u4pk757/part21.csv'
            finally:
                for handle in handles:
                    handle.close()
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
