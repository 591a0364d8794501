"""Command line: ``python -m tests.bench [run|render] [--only NAME] [--quick]``."""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.bench import results

DESCRIPTION = """\
Measure threads, processes and asyncio on this machine and write
docs/benchmarks/results.json, then render its charts (SVG) and tables
(Markdown). 'render' redraws them from the JSON without measuring.
"""


# Each workload's module is imported just before it runs: on a free-threaded
# build, importing an extension module that does not declare free-threading
# support switches the GIL back on for the rest of the process, and the CPU
# workloads, which run first, must not pay for what the HTTP one imports.
RUNNERS = {
    "cpu": ("tests.bench.cpu", "run_cpu"),
    "hashlib": ("tests.bench.cpu", "run_hashlib"),
    "http": ("tests.bench.iobound", "run_http"),
    "cost": ("tests.bench.cost", "run_cost"),
    "tasksize": ("tests.bench.tasksize", "run_tasksize"),
}


def _runner(name: str) -> Callable[[bool], dict[str, Any]]:
    module, function = RUNNERS[name]
    return getattr(importlib.import_module(module), function)


def run(out: Path, only: list[str], quick: bool) -> dict[str, Any]:
    data = results.load(out)
    data["schema"] = results.SCHEMA
    names = only or list(results.WORKLOADS)
    started = time.perf_counter()
    for i, name in enumerate(names, 1):
        print(f"[{i}/{len(names)}] {name}: measuring", file=sys.stderr, flush=True)
        t = time.perf_counter()
        data["workloads"][name] = _runner(name)(quick)
        # Saved after every workload: an interrupted run keeps what it measured.
        results.save(out, data)
        print(
            f"[{i}/{len(names)}] {name}: done in {time.perf_counter() - t:.1f} s",
            file=sys.stderr,
            flush=True,
        )
    print(f"measured in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return data


def render(out: Path) -> None:
    try:
        from tests.bench.render import render_all
    except ImportError as exc:  # matplotlib is in the 'bench' dependency group
        raise SystemExit(
            f"render needs matplotlib ({exc}): pip install matplotlib"
        ) from exc
    for path in render_all(out):
        print(f"wrote {path}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench", description=DESCRIPTION
    )
    parser.add_argument(
        "command",
        nargs="?",
        choices=["run", "render"],
        default="run",
        help="run (default) or render only",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=results.WORKLOADS,
        default=[],
        metavar="NAME",
        help=f"measure only this workload, repeatable: {', '.join(results.WORKLOADS)}",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke mode: tiny sizes, seconds, numbers not meaningful",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=results.DEFAULT_DIR,
        help="directory for results.json, charts and tables (default: docs/benchmarks)",
    )
    parser.add_argument(
        "--no-render",
        action="store_true",
        help="measure and save the JSON, draw nothing",
    )
    args = parser.parse_args(argv)

    if args.command == "run":
        data = run(args.out, args.only, args.quick)
        if problems := results.problems(data, tuple(args.only) or results.WORKLOADS):
            print(
                "results are not well formed:\n  " + "\n  ".join(problems),
                file=sys.stderr,
            )
            return 1
        if args.no_render:
            return 0
    render(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
