"""Ask the running Python about its build, its GIL and its start method."""

import multiprocessing
import platform
import sys
import sysconfig


def gil_enabled() -> bool:
    # A run-time fact. sys._is_gil_enabled() arrived in Python 3.13; every
    # older Python always runs with the GIL.
    is_enabled = getattr(sys, "_is_gil_enabled", None)
    return True if is_enabled is None else is_enabled()


if __name__ == "__main__":
    print(f"Python {platform.python_version()} on {sys.platform}")
    #> Python 3.13.0 on linux
    # A build-time fact: 1 on a free-threaded build (python3.13t, 3.14t);
    # 0 on a default 3.13+ build, None on older ones.
    print("Py_GIL_DISABLED:", sysconfig.get_config_var("Py_GIL_DISABLED"))
    #> Py_GIL_DISABLED: 0
    print("GIL enabled:", gil_enabled())
    #> GIL enabled: True
    print("default start method:", multiprocessing.get_start_method())
    #> default start method: fork
