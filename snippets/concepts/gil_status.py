"""Ask the running interpreter about its global interpreter lock."""

import sys
import sysconfig


def gil_enabled() -> bool:
    # sys._is_gil_enabled() exists from Python 3.13. Before that every CPython
    # build has a GIL, so a missing function means "yes".
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else check()


if __name__ == "__main__":
    # 1 on a free-threaded build (python3.13t, python3.14t), else 0 or None.
    free_threaded_build = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    gil_on = gil_enabled()
    # Both answers depend on your build (the default build gives False and
    # True): print them to see yours. This rule holds on every build.
    print("GIL off only on a free-threaded build:", gil_on or free_threaded_build)
    #> GIL off only on a free-threaded build: True
    # With a GIL, a thread running Python code is asked to let another one
    # have the lock after this many seconds.
    print("switch interval:", sys.getswitchinterval())
    #> switch interval: 0.005
