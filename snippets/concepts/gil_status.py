"""Ask the running interpreter about its global interpreter lock."""

import sys
import sysconfig


def gil_enabled() -> bool:
    # sys._is_gil_enabled() exists from Python 3.13. Before that every CPython
    # build has a GIL, so a missing function means "yes".
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else bool(check())


if __name__ == "__main__":
    # Py_GIL_DISABLED is 1 on a free-threaded build (python3.13t, python3.14t),
    # 0 or None on the default build.
    print("free-threaded build:", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
    #> free-threaded build: False
    # True on the default build. On a free-threaded build usually False, but
    # an extension module that needs the GIL can switch it back on.
    print("GIL enabled now:", gil_enabled())
    #> GIL enabled now: True
    # With a GIL, a thread that waits for it asks the running one to hand it
    # over after this many seconds.
    print("switch interval:", sys.getswitchinterval())
    #> switch interval: 0.005
