"""Ask the running Python about its GIL and its default start method."""

import multiprocessing
import sys
import sysconfig


def free_threaded_build() -> bool:
    # A build-time fact: 1 for python3.13t and 3.14t, 0 or None otherwise.
    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def gil_enabled() -> bool:
    # A run-time fact. sys._is_gil_enabled() arrived in Python 3.13; every
    # older Python always runs with the GIL.
    is_enabled = getattr(sys, "_is_gil_enabled", None)
    return True if is_enabled is None else is_enabled()


def documented_default_start_method() -> str:
    if sys.platform in ("win32", "darwin"):
        return "spawn"
    # Linux and the other POSIX systems moved from fork to forkserver in 3.14.
    return "forkserver" if sys.version_info >= (3, 14) else "fork"


if __name__ == "__main__":
    # The answers differ from build to build (print them to see yours);
    # these two rules hold on every one of them.
    print(
        "GIL off only on a free-threaded build:", free_threaded_build() or gil_enabled()
    )
    #> GIL off only on a free-threaded build: True
    print(
        "start method is the documented default:",
        multiprocessing.get_start_method() == documented_default_start_method(),
    )
    #> start method is the documented default: True
