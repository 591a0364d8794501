"""The benchmark suite (tests/bench/) runs end to end and writes sound results.

Smoke mode measures tiny workloads in seconds. Nothing here asserts a time:
the machine may be busy. Every workload must produce numbers that are there,
positive and labelled with their environment, and the charts and tables must
render from them. The committed results must be well formed, and the tables
the page includes must match them.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.bench import results

ROOT = Path(__file__).resolve().parent.parent

# The cost workload reads memory from /proc; elsewhere its figures are not
# comparable (macOS) or missing (Windows), so the suite is checked on Linux.
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason=f"the benchmark suite measures memory through /proc (Linux); this is {sys.platform}",
)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.bench",
            "--quick",
            "--no-render",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=170,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return out, done.stderr


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_quick_run_gives_well_formed_results(quick_run: tuple[Path, str]) -> None:
    out, _ = quick_run
    data = json.loads((out / results.RESULTS).read_text("utf-8"))
    assert results.problems(data) == []
    assert set(data["workloads"]) == set(results.WORKLOADS)
    for workload in data["workloads"].values():
        assert workload["environment"]["mode"] == "quick"
        assert workload["environment"]["python"] == sys.version.split()[0]


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_quick_run_reports_progress(quick_run: tuple[Path, str]) -> None:
    _, stderr = quick_run
    for i, name in enumerate(results.WORKLOADS, 1):
        assert f"[{i}/{len(results.WORKLOADS)}] {name}: done in" in stderr
        assert f"[{name}] " in stderr


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_charts_and_tables_render(quick_run: tuple[Path, str], tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from tests.bench.render import render_all

    shutil.copy(quick_run[0] / results.RESULTS, tmp_path)
    written = render_all(tmp_path)
    for name in results.WORKLOADS:
        svg = tmp_path / f"{name}.svg"
        assert svg in written
        assert ET.parse(svg).getroot().tag.endswith("svg")
        table = (tmp_path / f"{name}.md").read_text("utf-8")
        assert "Smoke-test numbers" in table  # a quick run says so on the page
        assert "| --" in table or "| :--" in table
    assert (tmp_path / "key-figures.md").read_text("utf-8").count("- **") >= 4


def test_validator_finds_bad_results() -> None:
    good = results.load(results.DEFAULT_DIR)
    assert results.problems(good) == []
    bad = copy.deepcopy(good)
    cpu = bad["workloads"]["cpu"]
    cpu["series"][0]["timings"][0]["median"] = -1.0
    del bad["workloads"]["cost"]["environment"]["gil_enabled"]
    del bad["workloads"]["http"]
    found = "\n".join(results.problems(bad))
    assert "cpu/sequential[0]: every time must be a positive number" in found
    assert "cost: environment lacks ['gil_enabled']" in found
    assert "http: missing" in found


def test_committed_tables_match_committed_results(tmp_path: Path) -> None:
    """The page includes docs/benchmarks/*.md: they must come from results.json."""
    pytest.importorskip("matplotlib")
    from tests.bench.render import render_all

    shutil.copy(results.DEFAULT_DIR / results.RESULTS, tmp_path)
    render_all(tmp_path)
    for fresh in sorted(tmp_path.glob("*.md")):
        committed = results.DEFAULT_DIR / fresh.name
        assert committed.read_text("utf-8") == fresh.read_text("utf-8"), (
            f"{committed.relative_to(ROOT)} is stale: run python -m tests.bench render"
        )
