"""Cost per unit: resident memory and start-up time per thread, per process
(each start method), per asyncio task and, on 3.14+, per subinterpreter.

Each measurement runs in a fresh interpreter (``python -m tests.bench.cost
KIND COUNT [METHOD]``), so memory left over by earlier work, or thread stacks
cached by the C library, cannot hide the cost. The units are all alive and
idle, waiting for an event, when memory is read.
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
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss_kib() -> float:
    """Resident memory of this process now (Linux), else its peak so far."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * PAGE / 1024
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1024 if sys.platform == "darwin" else peak


def child_memory_kib(pid: int) -> dict[str, float] | None:
    """RSS (counts pages shared with the parent) and PSS (shares them out)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            fields = dict(line.split(":", 1) for line in f if ":" in line)
    except OSError:
        return None
    return {key.lower(): int(fields[key].split()[0]) for key in ("Rss", "Pss")}


def _idle_child(ready: Any, release: Any) -> None:
    ready.put(os.getpid())
    release.wait()


def threads(n: int) -> dict[str, Any]:
    release = threading.Event()
    units = [threading.Thread(target=release.wait) for _ in range(n)]
    gc.collect()
    before = rss_kib()
    start = time.perf_counter()
    for t in units:
        t.start()  # returns once the new thread is running
    elapsed = time.perf_counter() - start
    after = rss_kib()
    release.set()
    for t in units:
        t.join()
    return {"start_s": elapsed, "memory_kib": after - before}


def tasks(n: int) -> dict[str, Any]:
    async def main() -> dict[str, Any]:
        release = asyncio.Event()
        gc.collect()
        before = rss_kib()
        start = time.perf_counter()
        units = [asyncio.create_task(release.wait()) for _ in range(n)]
        await asyncio.sleep(0)  # every task runs up to its first await
        elapsed = time.perf_counter() - start
        after = rss_kib()
        release.set()
        await asyncio.gather(*units)
        return {"start_s": elapsed, "memory_kib": after - before}

    return asyncio.run(main())


def processes(n: int, method: str) -> dict[str, Any]:
    ctx = multiprocessing.get_context(method)
    ready, release = ctx.Queue(), ctx.Event()
    units = [ctx.Process(target=_idle_child, args=(ready, release)) for _ in range(n)]
    start = time.perf_counter()
    for p in units:
        p.start()
    pids = [ready.get(timeout=120) for _ in units]  # every child is running
    elapsed = time.perf_counter() - start
    memory = [child_memory_kib(pid) for pid in pids]
    release.set()
    for p in units:
        p.join()
    out: dict[str, Any] = {"start_s": elapsed}
    if all(memory):
        out["memory_kib"] = sum(m["rss"] for m in memory)
        out["pss_kib"] = sum(m["pss"] for m in memory)
    return out


def interpreters(n: int) -> dict[str, Any]:
    from concurrent import interpreters as interp  # 3.14+

    gc.collect()
    before = rss_kib()
    start = time.perf_counter()
    units = [interp.create() for _ in range(n)]
    elapsed = time.perf_counter() - start
    after = rss_kib()
    for unit in units:
        unit.close()
    return {"start_s": elapsed, "memory_kib": after - before}


def measure(kind: str, n: int, method: str = "", fresh: bool = True) -> dict[str, Any]:
    """One measurement, totals for ``n`` units; in a fresh interpreter unless
    ``fresh`` is false (the quick smoke mode, whose numbers are not reported)."""
    if not fresh:
        return _measure_here(kind, n, method)
    cmd = [sys.executable, "-m", "tests.bench.cost", kind, str(n), method]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1])
    return json.loads(done.stdout)


def _measure_here(kind: str, n: int, method: str) -> dict[str, Any]:
    if kind == "threads":
        return threads(n)
    if kind == "tasks":
        return tasks(n)
    if kind == "processes":
        return processes(n, method)
    return interpreters(n)


def main(argv: list[str]) -> None:
    kind, n = argv[0], int(argv[1])
    print(json.dumps(_measure_here(kind, n, argv[2] if len(argv) > 2 else "")))


if __name__ == "__main__":
    main(sys.argv[1:])


def run_cost(quick: bool) -> dict[str, Any]:
    """Per-unit memory and start-up time for many units alive at once."""
    from tests.bench.common import environment, progress, summarize

    env = environment("quick" if quick else "full")
    started = time.perf_counter()
    light_reps, heavy_reps = (2, 1) if quick else (5, 3)
    plan: list[tuple[str, str, str, int, int]] = [
        ("threads", "thread", "", 100 if quick else 1000, light_reps),
        ("tasks", "asyncio task", "", 1000 if quick else 10_000, light_reps),
    ]
    for method in multiprocessing.get_all_start_methods():
        plan.append(
            ("processes", f"process ({method})", method, 1 if quick else 16, heavy_reps)
        )
    plan.append(("interpreters", "subinterpreter", "", 2 if quick else 16, heavy_reps))

    units = []
    for kind, label, method, n, reps in plan:
        entry: dict[str, Any] = {"kind": kind, "label": label, "count": n}
        if method:
            entry["start_method"] = method
        if kind == "interpreters" and sys.version_info < (3, 14):
            entry["skipped"] = "needs Python 3.14+ (concurrent.interpreters)"
            progress("cost", f"{label}: skipped, {entry['skipped']}")
            units.append(entry)
            continue
        where = "in this process" if quick else "a fresh interpreter each"
        progress("cost", f"{n} × {label}, {reps} repetitions, {where}")
        try:
            runs = [measure(kind, n, method, fresh=not quick) for _ in range(reps)]
        except Exception as exc:  # recorded in the results, not hidden
            entry["skipped"] = f"failed: {type(exc).__name__}: {exc}"
            progress("cost", f"{label}: {entry['skipped']}")
            units.append(entry)
            continue
        entry["start_us_per_unit"] = summarize([r["start_s"] / n * 1e6 for r in runs])
        if all("memory_kib" in r for r in runs):
            entry["memory_kib_per_unit"] = summarize(
                [r["memory_kib"] / n for r in runs]
            )
        else:
            entry["memory_note"] = "per-process memory is read from /proc (Linux only)"
        if all("pss_kib" in r for r in runs):
            entry["pss_kib_per_unit"] = summarize([r["pss_kib"] / n for r in runs])
        units.append(entry)
    return {
        "name": "cost",
        "title": "Cost per unit",
        "environment": env,
        "params": {"light_repetitions": light_reps, "heavy_repetitions": heavy_reps},
        "units": units,
        "duration_s": round(time.perf_counter() - started, 2),
    }
