# /// script
# requires-python = ">=3.13"
# ///
"""On a free-threaded build, -X gil and PYTHON_GIL choose the GIL per run."""

import os
import subprocess
import sys


def gil_enabled_in_child(*options: str, env_gil: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_GIL"}
    if env_gil is not None:
        env["PYTHON_GIL"] = env_gil
    result = subprocess.run(
        # -S skips site-packages, so no extension module can turn the GIL on.
        [sys.executable, "-S", *options, __file__, "--child"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return result.stdout.strip()


if __name__ == "__main__":
    if sys.argv[1:] == ["--child"]:
        print(sys._is_gil_enabled())
    else:
        print("no option:", gil_enabled_in_child())
        #> no option: False
        print("-X gil=1:", gil_enabled_in_child("-X", "gil=1"))
        #> -X gil=1: True
        print("PYTHON_GIL=1:", gil_enabled_in_child(env_gil="1"))
        #> PYTHON_GIL=1: True
        # The command-line option wins over the environment variable.
        print(
            "-X gil=0 with PYTHON_GIL=1:",
            gil_enabled_in_child("-X", "gil=0", env_gil="1"),
        )
        #> -X gil=0 with PYTHON_GIL=1: False
