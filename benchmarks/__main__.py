"""Command line: ``python -m benchmarks [run|render] [--only NAME] [--quick]``."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import results
from benchmarks.common import environment
from tools import figures

DESCRIPTION = """\
Measure threads, processes and asyncio on this machine and write
docs/benchmarks/results.json, then render its charts (SVG) and tables
(Markdown). 'render' redraws them from the JSON without measuring.
"""


def run(out: Path, only: list[str], quick: bool) -> dict[str, Any]:
    data = results.load(out)
    names = only or list(results.WORKLOADS)
    started = time.perf_counter()
    for i, name in enumerate(names, 1):
        print(f"[{i}/{len(names)}] {name}: measuring", file=sys.stderr, flush=True)
        module, t = results.module(name), time.perf_counter()
        # Where and when, as the workload starts: each module measures the rest.
        env = environment(quick, getattr(module, "PACKAGES", ()))
        w = {"name": name, **module.run(name, quick), "environment": env}
        w["duration_s"] = round(time.perf_counter() - t, 2)
        data["workloads"][name] = w
        # Saved after every workload: an interrupted run keeps what it measured.
        results.save(out, data)
        done = f"[{i}/{len(names)}] {name}: done in {w['duration_s']:.1f} s"
        print(done, file=sys.stderr, flush=True)
    print(f"measured in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return data


def render(out: Path) -> None:
    try:
        import matplotlib  # noqa: F401  (in the 'bench' dependency group)
    except ImportError as exc:
        message = f"render needs matplotlib ({exc}): pip install matplotlib"
        raise SystemExit(message) from None
    from benchmarks.report import render_all

    for path in render_all(out):
        print(f"wrote {path}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = figures.parser(
        "python -m benchmarks",
        DESCRIPTION,
        ["run", "render"],
        "run (default) or render only",
        results.WORKLOADS,
        "measure only this workload",
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
    args = parser.parse_args(argv)

    if args.command == "run":
        data = run(args.out, args.only, args.quick)
        if problems := results.problems(data, tuple(args.only) or results.WORKLOADS):
            print(
                "results are not well formed:\n  " + "\n  ".join(problems),
                file=sys.stderr,
            )
            return 1
    render(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
