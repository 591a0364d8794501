"""Fixed: open each file only while you use it, so few are open at a time."""

import os
import resource
import tempfile
from pathlib import Path

if __name__ == "__main__":
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    in_use = len(os.listdir("/proc/self/fd"))
    resource.setrlimit(resource.RLIMIT_NOFILE, (in_use + 20, hard))
    try:
        with tempfile.TemporaryDirectory() as folder:
            paths = [Path(folder) / f"part{n}.csv" for n in range(50)]
            for path in paths:
                with open(path, "w") as handle:  # closed before the next opens
                    handle.write("id\n")
            print(len(list(Path(folder).iterdir())), "files written")
            #> 50 files written
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
