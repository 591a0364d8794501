"""What every workload shares: timing, the environment record, checks, formats.

Timing is a plain ``perf_counter`` loop, not pyperf: pyperf's Runner spawns a
fresh worker process for every benchmark and calibrates its own loop counts,
which fights the pools, servers and child processes these workloads time.
"""

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
from dataclasses import dataclass
from typing import Any

QUICK_WARNING = """\
!!! warning "Smoke-test numbers"
    These numbers come from `--quick` mode: tiny workloads, often on a busy
    machine. They show that the suite runs, not how fast anything is. A full
    run (see [Reproduce it](#reproduce-it)) replaces them.

"""


@dataclass(frozen=True)
class Figure:
    """One measured figure as pages cite it: ``{{ figure("key") }}``."""

    value: str  # formatted as the page shows it, unit included
    what: str  # what was measured, for the Key figures table


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


def summarize(samples: list[float]) -> dict[str, Any]:
    """Median and spread (min, max) of repeated measurements."""
    return {
        "samples": [round(s, 6) for s in samples],
        "median": round(statistics.median(samples), 6),
        "min": round(min(samples), 6),
        "max": round(max(samples), 6),
    }


def repeat(fn: Callable[[], object], reps: int) -> dict[str, Any]:
    """Time ``fn()`` ``reps`` times with a monotonic clock, in seconds."""
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return summarize(samples)


def checked(call: Callable[[], Any], expected: int, reps: int, what: str) -> dict:
    """``repeat(call, reps)`` once one call's answers sum to ``expected``."""
    if (total := sum(call())) != expected:
        raise AssertionError(f"{what}: wrong total {total} != {expected}")
    return repeat(call, reps)


def warm(pool: Any, workers: int) -> None:
    """One sleeping task per worker forces every worker to exist before timing."""
    list(pool.map(time.sleep, [0.05] * workers))


def skipped(workload: str, entry: dict[str, Any], reason: str) -> dict[str, Any]:
    """``entry`` marked as not measured, and why (recorded, not hidden)."""
    progress(workload, f"{entry['label']}: skipped, {reason}")
    return entry | {"skipped": reason}


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def environment(quick: bool, packages: tuple[str, ...] = ()) -> dict[str, Any]:
    """Everything a reader needs to judge a number: recorded with each result."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "mode": "quick" if quick else "full",
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "build": sys.version,
        "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "gil_enabled": gil_enabled(),
        "start_method": multiprocessing.get_context().get_start_method(),
        "start_methods": multiprocessing.get_all_start_methods(),
        "cpu_count": os.cpu_count(),
        "usable_cpus": usable_cpus(),
        "os": platform.platform(),
        "machine": platform.machine(),
        # 1-, 5- and 15-minute load averages when the workload started.
        "load_average": [round(x, 2) for x in load] if load else None,
        "packages": {p: _version(p) for p in ("aiohttp", "matplotlib", *packages)},
    }


ENV_KEYS = set(environment(quick=True))


# --- checks --------------------------------------------------------------------


def timing_problems(where: str, t: Any) -> list[str]:
    if not isinstance(t, dict) or not t.get("samples"):
        return [f"{where}: no samples"]
    numbers = [*t["samples"], t.get("median"), t.get("min"), t.get("max")]
    if not all(isinstance(x, int | float) and x > 0 for x in numbers):
        return [f"{where}: every time must be a positive number"]
    if not t["min"] <= t["median"] <= t["max"]:
        return [f"{where}: min <= median <= max does not hold"]
    return []


def series_problems(name: str, series: list, xs_key: str) -> list[str]:
    """Each series ran (one timing per x) or says why it was skipped."""
    problems = [] if series else [f"{name}: no series"]
    for s in series:
        where = f"{name}/{s.get('label')}"
        if "skipped" in s:
            if not str(s["skipped"]).strip():
                problems.append(f"{where}: skipped without a reason")
            continue
        timings = s.get("timings", [])
        if not timings or len(timings) != len(s.get(xs_key, [])):
            problems.append(f"{where}: one timing per {xs_key} entry expected")
        for i, t in enumerate(timings):
            problems += timing_problems(f"{where}[{i}]", t)
    return problems


# --- formats -------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.3g} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds:.3g} s"


def fmt_us(us: float) -> str:
    return fmt_time(us / 1e6)


def fmt_kib(kib: float) -> str:
    return f"{kib:.3g} KiB" if kib < 1024 else f"{kib / 1024:.3g} MiB"


def fmt_x(ratio: float) -> str:
    if ratio >= 100:
        return f"{ratio:,.0f}×"
    return f"{ratio:.2g}×" if ratio < 1 else f"{ratio:.3g}×"


def fmt_spread(t: dict[str, float], fmt: Callable[[float], str] = fmt_time) -> str:
    return f"{fmt(t['min'])} – {fmt(t['max'])}"


def md_table(head: list[str], rows: list[list[str]], align: str = "") -> str:
    """A Markdown pipe table; ``align`` has one l/r per column (default l, r…).

    Ten lines of our own instead of tabulate's "pipe" format: one dependency
    fewer in the bench, test and docs environments, and cells stay as given.
    """
    align = align or "l" + "r" * (len(head) - 1)
    lines = [head, [{"l": ":--", "r": "--:"}[a] for a in align], *rows]
    return "".join("| " + " | ".join(cells) + " |\n" for cells in lines)


def env_line(w: dict[str, Any]) -> str:
    """The italic line above each table: where, when and how long."""
    e = w["environment"]
    gil = "GIL enabled" if e["gil_enabled"] else "GIL disabled (free-threaded)"
    load = e.get("load_average")
    load_text = (
        f", load averages {' / '.join(f'{x:g}' for x in load)} (1 / 5 / 15 min) "
        "at start"
        if load
        else ""
    )
    quick = QUICK_WARNING if e["mode"] == "quick" else ""
    return (
        f"{quick}*Measured {e['date'][:10]} in {e['mode']} mode: "
        f"{e['implementation']} {e['python']} ({gil}), {e['os']}, "
        f"{e['usable_cpus']} usable CPUs of {e['cpu_count']}, start method "
        f"`{e['start_method']}`{load_text}; this workload took "
        f"{w['duration_s']:.0f} s.*\n\n"
    )


def short_env(w: dict[str, Any]) -> str:
    """The environment in a few words, for a chart's subtitle."""
    e = w["environment"]
    gil = "GIL" if e["gil_enabled"] else "no GIL"
    return (
        f"{e['implementation']} {e['python']} ({gil}), {e['usable_cpus']} CPUs, "
        f"{e['mode']} run {e['date'][:10]}"
    )
