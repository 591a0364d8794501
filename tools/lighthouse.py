"""Lighthouse scores for every page of the site, on a phone: nox -s lighthouse.

Builds and serves the site as the browser tests do, then runs the Lighthouse
CLI from tests/browser/node_modules (``npm ci --prefix tests/browser``) with
Chromium ($CHROME_PATH) on every page of mkdocs.yml's nav, in Lighthouse's
default mobile profile (a mid-range phone on slow 4G, simulated). The table
shows each category's median of ``--runs`` runs and the range of the
performance scores; ``--help`` lists the other options.

It fails when a page's median misses a target: accessibility 100, the others
95. Performance is simulated from a trace whose CPU time grows when other
programs use the CPU (one run can lose 20 points on a shared 2-core machine),
so the pages are scored round-robin, a burst of load hits one run of a page
rather than all of them, and a page whose performance median misses gets up
to ``--extra-runs`` more, as Lighthouse's advice on variability suggests: a
page fails only when most of its runs are slow. The load average and
Lighthouse's CPU benchmark (``benchmarkIndex``; below 1000 Lighthouse warns
that the host is too slow) are printed with the table: with a load above the
number of CPUs, run again before believing a performance failure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from tests.browser.site import ENGINES, build_and_serve
from tools import chromium
from tools.paths import ROOT

LIGHTHOUSE = ROOT / "tests/browser/node_modules/.bin/lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
# Audits worth reading when a page misses: printed for the pages that do.
CLUES = [
    "largest-contentful-paint",
    "first-contentful-paint",
    "total-blocking-time",
    "cumulative-layout-shift",
    "speed-index",
    "total-byte-weight",
    "target-size",
]
Reports = dict[str, list[dict[str, Any]]]  # URL path: one JSON report a run


def nav_pages(config: Path = ROOT / "mkdocs.yml") -> list[str]:
    """URL paths of every page in the nav of mkdocs.yml, in nav order."""

    class Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml uses MkDocs' own tags (!ENV); the nav has none of them.
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    nav = yaml.load(config.read_text("utf-8"), Loader=Loader)["nav"]

    def walk(items: Any) -> Iterator[str]:
        for item in items:
            value = next(iter(item.values())) if isinstance(item, dict) else item
            if isinstance(value, list):
                yield from walk(value)
            elif isinstance(value, str) and value.endswith(".md"):
                stem = value.removesuffix(".md")
                if stem == "index" or stem.endswith("/index"):
                    stem = stem.removesuffix("index").rstrip("/")
                yield f"/{stem}/" if stem else "/"

    return list(walk(nav))


def run_lighthouse(url: str, chrome: str, out: Path, desktop: bool) -> dict[str, Any]:
    flags = " ".join(["--headless=new", *chromium.ARGS])
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={flags}",
        "--max-wait-for-load=30000",
    ]
    if desktop:
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": chrome}
    proc = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if proc.returncode or not out.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{proc.stderr[-2000:]}")
    report: dict[str, Any] = json.loads(out.read_text())
    return report


def scores(report: dict[str, Any]) -> dict[str, int]:
    return {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}


def median_of(reports: list[dict[str, Any]], category: str) -> float:
    return statistics.median(scores(r)[category] for r in reports)


def clues(report: dict[str, Any]) -> str:
    """The metrics and failing audits of one report, on one line."""
    audits = report["audits"]
    parts = [
        f"{name} {audits[name].get('displayValue', '')}".strip()
        for name in CLUES
        if name in audits and (audits[name].get("score") or 0) < 0.9
    ]
    return "; ".join(parts)


def page_name(path: str) -> str:
    return path.strip("/").replace("/", "-") or "home"


def parse_args(argv: list[str] | None) -> tuple[argparse.Namespace, list[str]]:
    """The options, and the URL paths to score (every page of the nav by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desktop", action="store_true", help="desktop preset")
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="mkdocs",
        help="mkdocs (Material) or zensical",
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per page (3)")
    parser.add_argument(
        "--page", action="append", default=[], help="only this URL path, repeatable"
    )
    parser.add_argument(
        "--extra-runs",
        type=int,
        default=2,
        help="more runs for a page whose performance median misses (2)",
    )
    parser.add_argument(
        "--keep", type=Path, help="keep the JSON reports here (<page>-<run>.json)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.extra_runs < 0:
        parser.error("--runs must be at least 1, --extra-runs at least 0")
    pages = nav_pages()
    if unknown := [p for p in args.page if p not in pages]:
        parser.error(f"not in the nav: {unknown}; pages: {' '.join(pages)}")
    return args, args.page or pages


def find_chromium_and_lighthouse() -> str:
    """Chromium's path; stop with a hint when it or Lighthouse is missing."""
    chrome = chromium.find()
    if chrome is None:
        raise SystemExit(f"Chromium not found: {chromium.INSTALL_HINT}")
    if not LIGHTHOUSE.is_file():
        raise SystemExit("run `npm ci --prefix tests/browser` first")
    return chrome


def score_pages(
    args: argparse.Namespace, pages: list[str], chrome: str, out_dir: Path
) -> tuple[Reports, list[float]]:
    """Every page's reports, scored round-robin, and the load averages seen."""
    site = build_and_serve(args.engine)
    reports: Reports = {p: [] for p in pages}
    loads: list[float] = []
    try:
        missing = [p for p in pages if not (site.directory / p.strip("/")).is_dir()]
        if missing:
            raise SystemExit(f"{args.engine} build has no page for {missing}")
        # Round-robin (see the module docstring), then --extra-runs rounds of
        # the pages whose performance median misses.
        todo = pages
        for run in range(1, args.runs + args.extra_runs + 1):
            if run > args.runs:
                todo = [p for p in todo if _misses(reports[p], "performance")]
            for path in todo:
                loads.append(os.getloadavg()[0])
                out = out_dir / f"{page_name(path)}-{run}.json"
                reports[path].append(
                    run_lighthouse(site.url(path), chrome, out, args.desktop)
                )
                print(f"run {run} {path}", file=sys.stderr, flush=True)
        loads.append(os.getloadavg()[0])
    finally:
        site.close()
    return reports, loads


def _misses(runs: list[dict[str, Any]], category: str) -> bool:
    return median_of(runs, category) < TARGETS[category]


def _cell(runs: list[dict[str, Any]], category: str, first_runs: int) -> str:
    """A page's median in one category; for performance, its range and runs too."""
    median = round(median_of(runs, category))
    text = str(median)
    if category == "performance" and len(runs) > 1:
        values = [scores(r)[category] for r in runs]
        text += f" ({min(values)}-{max(values)})"
        if len(runs) > first_runs:
            text += f" {len(runs)} runs"
    return f"{text}*" if median < TARGETS[category] else text


def print_table(reports: Reports, first_runs: int) -> list[str]:
    """One row a page, medians per category; returns "path category median" misses."""
    # Wide enough for the name, or for "100 (100-100) 5 runs*" under performance.
    widths = [len(c) + 13 if c == "performance" else len(c) + 2 for c in CATEGORIES]
    pairs = list(zip(CATEGORIES, widths, strict=True))
    print(f"{'page':<26}" + "".join(f"{c:>{w}}" for c, w in pairs))
    failed: list[str] = []
    for path, runs in reports.items():
        print(
            f"{path:<26}"
            + "".join(_cell(runs, c, first_runs).rjust(w) for c, w in pairs)
        )
        for c in CATEGORIES:
            median = round(median_of(runs, c))
            if median < TARGETS[c]:
                failed.append(f"{path} {c} {median}")
    print("* below target")
    return failed


def print_machine(reports: Reports, loads: list[float]) -> None:
    """How busy the machine was: the load average and Lighthouse's CPU benchmark."""
    bench = [r["environment"]["benchmarkIndex"] for rs in reports.values() for r in rs]
    print(
        f"1-minute load average during the runs: {min(loads):.2f} to {max(loads):.2f} "
        f"on {os.cpu_count() or 1} CPUs; Lighthouse CPU benchmark: median "
        f"{statistics.median(bench):.0f} ({min(bench):.0f} to {max(bench):.0f})"
    )


def print_failures(reports: Reports, failed: list[str], loads: list[float]) -> None:
    """The misses, the clues of each failing page's slowest run, and a load warning."""
    print("Below target (median):")
    for line in failed:
        print(f"  {line}")
    for path, runs in reports.items():
        if any(f.startswith(f"{path} ") for f in failed):
            worst = min(runs, key=lambda r: r["categories"]["performance"]["score"])
            print(f"  {path} slowest run: {clues(worst) or '-'}")
    if max(loads) > (os.cpu_count() or 1) and any(" performance " in f for f in failed):
        print(
            "  The load average was above the number of CPUs: the performance "
            "score is not to be trusted; run again when the machine is quieter."
        )


def lighthouse_version(reports: Reports) -> str:
    first = next(r for rs in reports.values() for r in rs)
    return str(first.get("lighthouseVersion", "?"))


def main(argv: list[str] | None = None) -> int:
    args, pages = parse_args(argv)
    chrome = find_chromium_and_lighthouse()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as scratch:
        out_dir = args.keep or Path(scratch)
        out_dir.mkdir(parents=True, exist_ok=True)
        reports, loads = score_pages(args, pages, chrome, out_dir)
    profile = "desktop" if args.desktop else "mobile"
    print(
        f"Lighthouse {lighthouse_version(reports)}, {profile} profile, "
        f"{args.engine} build, median of {args.runs} runs per page; targets: "
        + ", ".join(f"{c} >= {t}" for c, t in TARGETS.items())
    )
    failed = print_table(reports, args.runs)
    print_machine(reports, loads)
    if failed:
        print_failures(reports, failed, loads)
    if args.keep:
        print(f"reports: {out_dir}")
    print(f"lighthouse session: {time.perf_counter() - start:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
