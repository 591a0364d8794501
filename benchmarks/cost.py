"""Workload "cost": memory and start-up time per thread, per process (each
start method), per asyncio task and, on 3.14+, per subinterpreter.

Each measurement runs in a fresh interpreter (``python -m benchmarks.cost KIND
COUNT [METHOD]``), so memory left over by earlier work, or thread stacks
cached by the C library, cannot hide the cost. The units are all alive and
idle, waiting for an event, when memory is read. Memory comes from Linux's
/proc; elsewhere only start-up times are recorded.
"""

from __future__ import annotations

import asyncio
import gc
import json
import multiprocessing
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from benchmarks import common
from benchmarks.common import Figure
from tools.paths import ROOT

PAGE_KIB = os.sysconf("SC_PAGE_SIZE") / 1024 if hasattr(os, "sysconf") else 4


def memory_kib() -> dict[str, float] | None:
    """This process's resident (RSS) and virtual size now; Linux only."""
    try:
        with open("/proc/self/statm") as f:
            size, resident = f.read().split()[:2]
    except OSError:
        return None
    return {"rss": int(resident) * PAGE_KIB, "virtual": int(size) * PAGE_KIB}


def child_memory_kib(pid: int) -> dict[str, float] | None:
    """RSS (counts pages shared with the parent) and PSS (shares them out)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
    except OSError:
        return None
    return {key.lower(): int(fields[key].split()[0]) for key in ("Rss", "Pss")}


def _growth(before: dict | None, after: dict | None) -> dict[str, float]:
    if before is None or after is None:
        return {}
    return {f"{k}_kib": after[k] - before[k] for k in before}


def _started(start_all: Callable[[], Any]) -> tuple[Any, dict[str, Any]]:
    """What ``start_all()`` returns, and its time and the memory it added."""
    gc.collect()
    before = memory_kib()
    start = time.perf_counter()
    units = start_all()
    elapsed = time.perf_counter() - start
    return units, {"start_s": elapsed, **_growth(before, memory_kib())}


def _idle_child(ready: Any, release: Any) -> None:
    ready.put(os.getpid())
    release.wait()


def threads(n: int) -> dict[str, Any]:
    release = threading.Event()
    units = [threading.Thread(target=release.wait) for _ in range(n)]

    def start() -> None:
        for t in units:
            t.start()  # returns once the new thread is running

    _, out = _started(start)
    release.set()
    for t in units:
        t.join()
    return out


def tasks(n: int) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        release = asyncio.Event()
        gc.collect()
        before = memory_kib()
        start = time.perf_counter()
        units = [asyncio.create_task(release.wait()) for _ in range(n)]
        await asyncio.sleep(0)  # every task runs up to its first await
        elapsed = time.perf_counter() - start
        after = memory_kib()
        release.set()
        await asyncio.gather(*units)
        return {"start_s": elapsed, **_growth(before, after)}

    return asyncio.run(main())


def processes(n: int, method: str) -> dict[str, Any]:
    """``n`` processes started together, then, alone, one more (timed apart)."""
    # Any: typeshed gives get_context(str) the abstract BaseContext, without Process.
    ctx: Any = multiprocessing.get_context(method)
    ready, release = ctx.Queue(), ctx.Event()
    # The first process this program starts, on its own: forkserver starts
    # its server here, as any program's first process would.
    alone = ctx.Process(target=_idle_child, args=(ready, release))
    start = time.perf_counter()
    alone.start()
    ready.get(timeout=120)
    alone_s = time.perf_counter() - start
    units = [ctx.Process(target=_idle_child, args=(ready, release)) for _ in range(n)]
    start = time.perf_counter()
    for p in units:
        p.start()
    pids = [ready.get(timeout=120) for _ in units]  # every child is running
    elapsed = time.perf_counter() - start
    memory = [child_memory_kib(pid) for pid in pids]
    release.set()
    for p in [alone, *units]:
        p.join()
    out: dict[str, Any] = {"start_s": elapsed, "alone_s": alone_s}
    known = [m for m in memory if m]
    if len(known) == len(memory):  # /proc gave every child's memory
        out["rss_kib"] = sum(m["rss"] for m in known)
        out["pss_kib"] = sum(m["pss"] for m in known)
    return out


def interpreters(n: int) -> dict[str, Any]:
    from concurrent import interpreters as interp  # 3.14+

    units, out = _started(lambda: [interp.create() for _ in range(n)])
    for unit in units:
        unit.close()
    return out


def _measure_here(kind: str, n: int, method: str) -> dict[str, Any]:
    if kind == "processes":
        return processes(n, method)
    return {"threads": threads, "tasks": tasks, "interpreters": interpreters}[kind](n)


def measure(kind: str, n: int, method: str, fresh: bool) -> dict[str, Any]:
    """One measurement, totals for ``n`` units; in a fresh interpreter unless
    ``fresh`` is false (the quick smoke mode, whose numbers are not reported)."""
    if not fresh:
        return _measure_here(kind, n, method)
    cmd = [sys.executable, "-m", "benchmarks.cost", kind, str(n), method]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    return json.loads(done.stdout)


def thread_stack() -> dict[str, Any]:
    """What each new thread reserves for its stack (virtual, not resident)."""
    out: dict[str, Any] = {"threading_stack_size": threading.stack_size()}
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_STACK)
        # glibc gives a new thread a stack of RLIMIT_STACK's size unless
        # threading.stack_size() (0: the default) says otherwise.
        out["rlimit_stack_kib"] = (
            None if soft == resource.RLIM_INFINITY else soft / 1024
        )
    except ImportError:  # Windows
        pass
    return out


def _plan(
    quick: bool, light_reps: int, heavy_reps: int
) -> list[tuple[str, str, str, int, int]]:
    """(kind, label, start method, units alive at once, repetitions)."""
    return [
        ("threads", "thread", "", 100 if quick else 1000, light_reps),
        ("tasks", "asyncio task", "", 1000 if quick else 10_000, light_reps),
        *[
            ("processes", f"process ({m})", m, 1 if quick else 16, heavy_reps)
            for m in multiprocessing.get_all_start_methods()
        ],
        ("interpreters", "subinterpreter", "", 2 if quick else 16, heavy_reps),
    ]


def _unit(
    name: str, kind: str, label: str, method: str, n: int, reps: int, quick: bool
) -> dict[str, Any]:
    """One kind of unit, ``reps`` runs of ``n`` summarized per unit, or why not."""
    entry: dict[str, Any] = {"kind": kind, "label": label, "count": n}
    if method:
        entry["start_method"] = method
    if kind == "interpreters" and sys.version_info < (3, 14):
        return common.skipped(
            name, entry, "needs Python 3.14+ (concurrent.interpreters)"
        )
    where = "in this process" if quick else "a fresh interpreter each"
    common.progress(name, f"{n} × {label}, {reps} repetitions, {where}")
    try:
        runs = [measure(kind, n, method, fresh=not quick) for _ in range(reps)]
    except Exception as exc:  # recorded in the results, not hidden
        return common.skipped(name, entry, f"failed: {type(exc).__name__}: {exc}")
    entry["start_us_per_unit"] = common.summarize(
        [r["start_s"] / n * 1e6 for r in runs]
    )
    if kind == "processes":
        entry["start_us_alone"] = common.summarize([r["alone_s"] * 1e6 for r in runs])
    for key in ("rss_kib", "pss_kib", "virtual_kib"):
        if all(key in r for r in runs):
            entry[f"{key}_per_unit"] = common.summarize([r[key] / n for r in runs])
    return entry


def run(name: str, quick: bool) -> dict[str, Any]:
    """Per-unit memory and start-up time for many units alive at once."""
    light_reps, heavy_reps = (2, 1) if quick else (5, 3)
    plan = _plan(quick, light_reps, heavy_reps)
    return {
        "title": "Cost per unit",
        "params": {"light_repetitions": light_reps, "heavy_repetitions": heavy_reps},
        "thread_stack": thread_stack(),
        "units": [_unit(name, *unit, quick) for unit in plan],
    }


def _ran(w: dict[str, Any]) -> list[dict[str, Any]]:
    return [u for u in w["units"] if "skipped" not in u]


def problems(w: dict[str, Any]) -> list[str]:
    found = []
    for u in _ran(w):
        where = f"cost/{u.get('label')}"
        for key in ("start_us_per_unit", "start_us_alone", "rss_kib_per_unit"):
            if key in u or key == "start_us_per_unit":
                found += common.timing_problems(f"{where} {key}", u.get(key))
    if {"threads", "tasks", "processes"} - {u["kind"] for u in _ran(w)}:
        found.append("cost: threads, tasks and processes expected")
    return found


UNIT_KEYS = {
    "threads": "thread",
    "tasks": "task",
    "processes": "process",
    "interpreters": "interpreter",
}


def figures(w: dict[str, Any]) -> dict[str, Figure]:
    out = {}
    stack = w["thread_stack"].get("rlimit_stack_kib")
    if stack:
        what = "stack each new thread reserves (RLIMIT_STACK, virtual memory)"
        out["cost.thread.stack_limit"] = Figure(common.fmt_kib(stack), what)
    for u in _ran(w):
        key = UNIT_KEYS[u["kind"]]
        key = f"cost.{key}" + (f".{u['start_method']}" if "start_method" in u else "")
        each = f"{u['label']}, {u['count']:,} alive at once"
        out[f"{key}.start"] = Figure(
            common.fmt_us(u["start_us_per_unit"]["median"]), f"start-up time per {each}"
        )
        if "start_us_alone" in u:
            out[f"{key}.start_alone"] = Figure(
                common.fmt_us(u["start_us_alone"]["median"]),
                f"start-up time of one {u['label']} started alone",
            )
        for field, what in (
            ("rss", "resident memory (RSS)"),
            ("pss", "proportional memory (PSS)"),
            ("virtual", "virtual memory reserved"),
        ):
            if f"{field}_kib_per_unit" in u:
                out[f"{key}.{field}"] = Figure(
                    common.fmt_kib(u[f"{field}_kib_per_unit"]["median"]),
                    f"{what} per {each}",
                )
    return out


def table(w: dict[str, Any]) -> str:
    rows = []
    for u in w["units"]:
        if "skipped" in u:
            rows.append([u["label"], "–", "skipped: " + u["skipped"], "", "", "", ""])
            continue
        st, alone = u["start_us_per_unit"], u.get("start_us_alone")
        memory = [u.get(f"{field}_kib_per_unit") for field in ("rss", "pss", "virtual")]
        rows.append(
            [
                u["label"],
                f"{u['count']:,}",
                *[common.fmt_kib(m["median"]) if m else "–" for m in memory],
                f"{common.fmt_us(st['median'])} "
                f"({common.fmt_spread(st, common.fmt_us)})",
                common.fmt_us(alone["median"]) if alone else "–",
            ]
        )
    head = [
        "unit",
        "alive at once",
        "resident (RSS) each",
        "PSS each",
        "virtual each",
        "start-up each, all started together (min – max)",
        "start-up of one started alone",
    ]
    return common.env_line(w) + common.md_table(head, rows)


def chart(w: dict[str, Any], c: dict[str, str]) -> Any:
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

    from benchmarks import charts

    units = _ran(w)
    # Memory: PSS for processes (shared pages shared out), RSS for the rest.
    mem = [u.get("pss_kib_per_unit", u.get("rss_kib_per_unit")) for u in units]
    mem_values = [m["median"] if m else 0 for m in mem]
    start_values = [u["start_us_per_unit"]["median"] for u in units]
    # Ticks: 0.01 KiB … 100 KiB, then 1 MiB … 10 GiB; 0.01 µs … 1,000 s.
    kib_ticks = [10.0**e for e in range(-2, 3)] + [1024 * 10.0**e for e in range(5)]
    us_ticks = [10.0**e for e in range(-2, 10)]
    fig = charts.plt.figure(figsize=(8.5, 5.4))
    # A header row across both panels holds the title and the environment.
    grid = fig.add_gridspec(2, 2, height_ratios=[1, 9])
    head = fig.add_subplot(grid[0, :])
    head.axis("off")
    left = fig.add_subplot(grid[1, 0])
    right = fig.add_subplot(grid[1, 1], sharey=left)
    ys = range(len(units))
    for ax, values, title, fmt, steps in (
        (left, mem_values, "memory per unit", common.fmt_kib, kib_ticks),
        (right, start_values, "start-up time per unit", common.fmt_us, us_ticks),
    ):
        ax.barh(ys, values, color=[c[u["kind"]] for u in units], height=0.6)
        ax.set_xscale("log")
        ax.set_title(title, loc="left", fontsize=11.5, pad=6)
        shown = [v for v in values if v > 0] or [1.0]
        # Room on the right for the value printed at the end of a bar.
        lo, hi = min(shown) / 2.5, max(shown) * 10
        ax.set_xlim(lo, hi)
        # A labelled gridline at every power of ten, behind the bars: on a
        # log scale a bar's length depends on where the axis starts.
        ax.xaxis.set_major_locator(FixedLocator([t for t in steps if lo <= t <= hi]))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _, f=fmt: f(v)))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.tick_params(axis="x", labelsize=9.5)
        ax.grid(axis="x", which="major", color=c["grid"], linewidth=0.8)
        ax.grid(axis="y", visible=False)
        ax.set_axisbelow(True)
        ax.set_xlabel("log scale")
        for y, v in zip(ys, values, strict=True):
            if v > 0:
                ax.text(v, y, f" {fmt(v)}", va="center", fontsize=9.5)
    labels = [f"{u['label']}\n{u['count']:,} at once" for u in units]
    left.set_yticks(list(ys), labels)
    left.tick_params(axis="y", length=0)
    left.invert_yaxis()
    right.tick_params(axis="y", left=False, labelleft=False)
    title = "Cost of one idle unit: memory and start-up time"
    head.text(0, 0.55, title, fontsize=13, va="bottom")
    note = f"{charts.short_env(w)}; processes' memory as PSS"
    head.text(0, 0.1, note, fontsize=9, color=c["muted"], va="bottom")
    return fig


if __name__ == "__main__":
    kind, count = sys.argv[1], int(sys.argv[2])
    method = sys.argv[3] if len(sys.argv) > 3 else ""
    print(json.dumps(_measure_here(kind, count, method)))
