"""The results file: where it lives, how runs merge into it, what it must hold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = ROOT / "docs" / "benchmarks"
RESULTS = "results.json"
WORKLOADS = ("cpu", "hashlib", "http", "cost", "tasksize")
SCHEMA = 1
ENV_KEYS = {
    "date",
    "mode",
    "python",
    "implementation",
    "build",
    "free_threaded_build",
    "gil_enabled",
    "start_method",
    "start_methods",
    "cpu_count",
    "usable_cpus",
    "os",
    "machine",
    "load_average",
    "packages",
}


def load(directory: Path) -> dict[str, Any]:
    path = directory / RESULTS
    if not path.exists():
        return {"schema": SCHEMA, "workloads": {}}
    return json.loads(path.read_text("utf-8"))


def save(directory: Path, data: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / RESULTS
    path.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    return path


def _timing_problems(where: str, t: Any) -> list[str]:
    if not isinstance(t, dict) or not t.get("samples"):
        return [f"{where}: no samples"]
    problems = []
    numbers = [*t["samples"], t.get("median"), t.get("min"), t.get("max")]
    if not all(isinstance(x, int | float) and x > 0 for x in numbers):
        problems.append(f"{where}: every time must be a positive number")
    elif not t["min"] <= t["median"] <= t["max"]:
        problems.append(f"{where}: min <= median <= max does not hold")
    return problems


def _series_problems(
    name: str, series: list, axis: str, shared: list | None = None
) -> list[str]:
    problems = []
    if not series:
        problems.append(f"{name}: no series")
    for s in series:
        where = f"{name}/{s.get('label')}"
        if "skipped" in s:
            if not str(s["skipped"]).strip():
                problems.append(f"{where}: skipped without a reason")
            continue
        xs = shared if shared is not None else s.get(axis, [])
        if not xs or len(s.get("timings", [])) != len(xs):
            problems.append(f"{where}: one timing per {axis} entry expected")
        for i, t in enumerate(s.get("timings", [])):
            problems += _timing_problems(f"{where}[{i}]", t)
    return problems


def problems(data: dict[str, Any], required: tuple[str, ...] = WORKLOADS) -> list[str]:
    """Everything wrong with a results file; empty when it is well formed."""
    found = []
    if data.get("schema") != SCHEMA:
        found.append(f"schema must be {SCHEMA}")
    workloads = data.get("workloads", {})
    for name in required:
        w = workloads.get(name)
        if w is None:
            found.append(f"{name}: missing")
            continue
        env = w.get("environment", {})
        if missing := ENV_KEYS - env.keys():
            found.append(f"{name}: environment lacks {sorted(missing)}")
        if env.get("mode") not in {"quick", "full"}:
            found.append(f"{name}: mode must be quick or full")
        if not (isinstance(w.get("duration_s"), int | float) and w["duration_s"] > 0):
            found.append(f"{name}: duration_s must be positive")
        if name in {"cpu", "hashlib"}:
            found += _series_problems(name, w.get("series", []), "workers")
            ran = [s for s in w.get("series", []) if "timings" in s]
            if {"sequential", "threads", "processes", "asyncio"} - {
                s["kind"] for s in ran
            }:
                found.append(
                    f"{name}: sequential, threads, processes, asyncio expected"
                )
        elif name == "http":
            found += _series_problems(name, w.get("series", []), "counts")
            if not w.get("params", {}).get("latency_s", 0) > 0:
                found.append("http: latency_s must be positive")
        elif name == "cost":
            for u in w.get("units", []):
                where = f"cost/{u.get('label')}"
                if "skipped" in u:
                    continue
                found += _timing_problems(where, u.get("start_us_per_unit"))
                if "memory_kib_per_unit" in u:
                    found += _timing_problems(where, u["memory_kib_per_unit"])
            kinds = {u.get("kind") for u in w.get("units", []) if "skipped" not in u}
            if {"threads", "tasks", "processes"} - kinds:
                found.append("cost: threads, tasks and processes expected")
        elif name == "tasksize":
            c = w.get("crossover", {})
            found += _series_problems(
                "tasksize", c.get("series", []), "sizes", c.get("sizes") or []
            )
            for row in w.get("square", {}).get("rows", []):
                found += _timing_problems(
                    f"square/{row.get('label')}", row.get("timing")
                )
    return found
