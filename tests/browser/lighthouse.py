"""Lighthouse scores for the home page and the longest page: nox -s lighthouse.

Builds and serves the site like the browser tests, runs the Lighthouse CLI
from tests/browser/node_modules (``npm ci --prefix tests/browser``) against
Chromium ($CHROME_PATH), prints the four category scores, and fails when
accessibility, best practices or SEO miss their target. Performance is
printed against its target but never fails the run: Lighthouse simulates a
slow phone from a trace, and on a shared 2-core machine the score moves by
several points between runs.

Options: ``--mobile`` scores with Lighthouse's default phone emulation instead
of the desktop preset; ``--keep DIR`` keeps the JSON reports in DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.browser.site import ROOT, build_and_serve
from tools import chromium

LIGHTHOUSE = ROOT / "tests/browser/node_modules/.bin/lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
ADVISORY = {"performance"}  # printed, never fails the run


def run_lighthouse(url: str, chrome: str, out: Path, mobile: bool) -> dict[str, int]:
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
    if not mobile:
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": chrome}
    proc = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if proc.returncode or not out.is_file():
        raise SystemExit(f"lighthouse failed on {url}:\n{proc.stderr[-2000:]}")
    report = json.loads(out.read_text())
    return {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mobile", action="store_true", help="phone emulation")
    parser.add_argument("--keep", type=Path, help="keep the JSON reports here")
    args = parser.parse_args()
    chrome = chromium.find()
    if chrome is None:
        raise SystemExit(f"Chromium not found: {chromium.INSTALL_HINT}")
    if not LIGHTHOUSE.is_file():
        raise SystemExit("run `npm ci --prefix tests/browser` first")
    start = time.perf_counter()
    site = build_and_serve()
    try:
        longest = max(site.pages, key=lambda p: len(site.html(p)))
        out_dir = args.keep or Path(tempfile.mkdtemp(prefix="lighthouse-"))
        out_dir.mkdir(parents=True, exist_ok=True)
        rows = []
        for path in dict.fromkeys(["/", longest]):
            name = path.strip("/") or "home"
            scores = run_lighthouse(
                site.url(path), chrome, out_dir / f"{name}.json", args.mobile
            )
            rows.append((path, scores))
    finally:
        site.close()
    form = "mobile" if args.mobile else "desktop"
    print(
        f"Lighthouse ({form}), targets: "
        + ", ".join(f"{c} >= {t}" for c, t in TARGETS.items())
    )
    print(f"{'page':<18}" + "".join(f"{c:>16}" for c in CATEGORIES))
    failed = False
    for path, scores in rows:
        cells = []
        for c in CATEGORIES:
            miss = scores[c] < TARGETS[c]
            failed |= miss and c not in ADVISORY
            cells.append(f"{scores[c]}{' (below)' if miss else ''}".rjust(16))
        print(f"{path:<18}" + "".join(cells))
    if args.keep:
        print(f"reports: {out_dir}")
    print(f"lighthouse session: {time.perf_counter() - start:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
