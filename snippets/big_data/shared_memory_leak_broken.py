"""A shared memory block that nobody unlinks outlives its use."""

import subprocess
import sys
from multiprocessing import shared_memory


def leak() -> None:
    block = shared_memory.SharedMemory(create=True, size=1024)
    block.buf[:5] = b"hello"
    block.close()  # this process lets go of it, but the block still exists
    # Missing: block.unlink(). At exit the resource tracker removes the block
    # and warns about it on stderr.


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        leak()
    else:
        # Run it as a program of its own: the warning comes at its exit, from
        # the tracker process, which outlives it (run() waits for its stderr).
        command = [sys.executable, __file__, "--child"]
        run = subprocess.run(command, capture_output=True, text=True, timeout=10)
        warning = run.stderr.splitlines()[0]
        print(warning[warning.index("UserWarning") :].split(": {")[0])
        #> UserWarning: resource_tracker: There appear to be 1 leaked shared_memory objects to clean up at shutdown
