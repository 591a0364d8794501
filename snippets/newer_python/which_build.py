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
    #> [3.11-3.12] Py_GIL_DISABLED: None
    #> [3.13+] Py_GIL_DISABLED: 0
    print("GIL enabled:", gil_enabled())
    #> GIL enabled: True
    # The platform's default comes first in this list; unlike
    # get_start_method(), it does not change after set_start_method().
    print("default start method:", multiprocessing.get_all_start_methods()[0])
    #> [3.11-3.13] default start method: fork
    #> [3.14+] default start method: forkserver
