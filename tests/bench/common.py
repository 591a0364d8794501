"""Timing, statistics and the environment record shared by every workload."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import multiprocessing
import os
import platform
import statistics
import sys
import sysconfig
import time
from collections.abc import Callable
from typing import Any


def progress(workload: str, message: str) -> None:
    """One line per step on stderr, so a long run shows where it is."""
    stamp = time.strftime("%H:%M:%S")
    print(f"{stamp} [{workload}] {message}", file=sys.stderr, flush=True)


def usable_cpus() -> int:
    """CPUs this process may run on (affinity), not just the machine's count."""
    if hasattr(os, "process_cpu_count"):  # 3.13+
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def gil_enabled() -> bool:
    check = getattr(sys, "_is_gil_enabled", None)
    return True if check is None else bool(check())


def free_threaded_build() -> bool:
    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def summarize(samples: list[float]) -> dict[str, Any]:
    """Median and spread (min, max) of repeated measurements, in seconds."""
    return {
        "samples": [round(s, 6) for s in samples],
        "median": round(statistics.median(samples), 6),
        "min": round(min(samples), 6),
        "max": round(max(samples), 6),
    }


def repeat(fn: Callable[[], object], reps: int) -> dict[str, Any]:
    """Time ``fn()`` ``reps`` times with a monotonic clock."""
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return summarize(samples)


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def environment(mode: str) -> dict[str, Any]:
    """Everything a reader needs to judge a number: recorded with each result."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "mode": mode,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "build": sys.version,
        "free_threaded_build": free_threaded_build(),
        "gil_enabled": gil_enabled(),
        "start_method": multiprocessing.get_context().get_start_method(),
        "start_methods": multiprocessing.get_all_start_methods(),
        "cpu_count": os.cpu_count(),
        "usable_cpus": usable_cpus(),
        "os": platform.platform(),
        "machine": platform.machine(),
        "load_average": [round(x, 2) for x in load] if load else None,
        "packages": {p: _version(p) for p in ("aiohttp", "matplotlib")},
    }
