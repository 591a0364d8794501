"""The results file: where it lives, which module owns each workload, checks."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.common import ENV_KEYS
from tools.paths import DOCS

DEFAULT_DIR = DOCS / "benchmarks"
RESULTS = "results.json"
SCHEMA = 2
GENERATED_BY = "python -m benchmarks (benchmarks/__main__.py); do not edit by hand"
# Workload name: the module that measures, checks and renders it. Each module
# has run(name, quick), problems(w), figures(w), table(w) and chart(w, colours).
# Modules are imported when needed: on a free-threaded build, importing an
# extension module that does not declare free-threading support switches the
# GIL back on for the rest of the process, and the CPU workloads, which run
# first, must not pay for what the HTTP one imports.
MODULES = {
    "cpu": "benchmarks.cpu",
    "hashlib": "benchmarks.cpu",
    "http": "benchmarks.iobound",
    "cost": "benchmarks.cost",
    "tasksize": "benchmarks.tasksize",
    "dask": "benchmarks.engines",
}
WORKLOADS = tuple(MODULES)


def module(name: str) -> ModuleType:
    return importlib.import_module(MODULES[name])


def load(directory: Path) -> dict[str, Any]:
    path = directory / RESULTS
    if not path.exists():
        return {"schema": SCHEMA, "workloads": {}}
    return json.loads(path.read_text("utf-8"))


def save(directory: Path, data: dict[str, Any]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / RESULTS
    data = {"generated_by": GENERATED_BY, **data, "schema": SCHEMA}
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return path


def problems(data: dict[str, Any], required: tuple[str, ...] = WORKLOADS) -> list[str]:
    """Everything wrong with a results file; empty when it is well formed."""
    found = [] if data.get("schema") == SCHEMA else [f"schema must be {SCHEMA}"]
    for name in required:
        w = data.get("workloads", {}).get(name)
        if w is None:
            found.append(f"{name}: missing")
            continue
        if missing := ENV_KEYS - w.get("environment", {}).keys():
            found.append(f"{name}: environment lacks {sorted(missing)}")
        elif w["environment"]["mode"] not in {"quick", "full"}:
            found.append(f"{name}: mode must be quick or full")
        if not (isinstance(w.get("duration_s"), int | float) and w["duration_s"] > 0):
            found.append(f"{name}: duration_s must be positive")
        try:
            found += module(name).problems(w)
        except (KeyError, TypeError, ValueError, StopIteration) as exc:
            found.append(f"{name}: malformed ({type(exc).__name__}: {exc})")
    return found
