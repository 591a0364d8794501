"""The benchmark suite (benchmarks/) runs, and pages cite its figures, never copy them.

Smoke mode measures tiny workloads in seconds. Nothing here asserts a time:
the machine may be busy. Every workload must produce well-formed results,
labelled with their environment, and render its tables and charts. Every
measured figure on a page must come from docs/benchmarks/results.json
through a ``{{ figure("key") }}`` placeholder (benchmarks/figures_markdown.py).
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from benchmarks import figures_markdown, report, results
from benchmarks.figures_markdown import PLACEHOLDER
from tools.guards import _fences
from tools.paths import DOCS, ROOT

# A number with a unit of time, size or ratio: 87 µs, 14 KiB, 5.75x, 37 %.
FIGURE = re.compile(
    r"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s?"
    r"(?:ns|µs|us|ms|s|seconds?|min|minutes?|KiB|MiB|GiB|[kKMG]B|×|x|%)(?![\w])"
)
# Numbers that are not measured here, so no benchmark run can change them:
# documented defaults and limits. Each entry matches the figure with enough
# context to be unambiguous; add one (with its reason) for a new constant.
CONSTANTS = {
    r"\b5 ms\b": "sys.getswitchinterval() default",
    r"\b0\.1 s(econds)?\b": "asyncio slow_callback_duration default (debug mode)",
    r"\b64 KiB\b": "Linux pipe buffer size",
    r"\b1 MiB\b": "the block size hashed by benchmarks/cpu.py; also 1 MiB = 1,024 KiB",
    r"\b1,024 KiB\b": "1 MiB, in the note on reading log scales",
    r"(?<![\d.])(0\.1|0\.01|1)×": "chart reading aids: break-even at 1×, 0.1× = ten times slower",
    r"takes 0\.2 s|about 0\.2 s in all|than 4 s": "the sleep in snippets/http (20 × 0.2 s)",
    r"1, 5 and 15 minutes": "the windows of the load averages",
    r"\b30 seconds\b": "aiohttp's default sock_connect timeout",
    r"5 to 10%": "the documented free-threading slowdown of 3.14 (PEP 779), not measured here",
    r"\b300 seconds\b": "asyncio.run()'s limit on joining the default executor (3.12+)",
}
SKIP = re.compile(r"`[^`]*`|<!--.*?-->|\]\([^)]*\)|" + PLACEHOLDER.pattern)

# The cost workload reads memory from /proc; elsewhere its figures are not
# comparable, so the suite's smoke run is checked on Linux.
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason=f"the benchmark suite measures memory through /proc (Linux); this is {sys.platform}",
)


def hand_typed_figures(root: Path) -> list[str]:
    """``file:line: message`` for each measured-looking figure typed into a page."""
    problems = []
    for page in sorted((root / "docs").rglob("*.md")):
        name = page.relative_to(root).as_posix()
        if name.startswith(("docs/benchmarks/", "docs/timelines/", "docs/overrides/")):
            continue  # generated from results.json or a recording, or templates
        text = page.read_text("utf-8")
        in_code = {n for f in _fences(text) for n in [f.line, *(n for n, _ in f.body)]}
        for number, line in enumerate(text.splitlines(), 1):
            if number in in_code:
                continue
            prose = SKIP.sub(" ", line)
            for pattern in CONSTANTS:
                prose = re.sub(pattern, " ", prose)
            for match in FIGURE.finditer(prose):
                problems.append(
                    f"{name}:{number}: {match[0]!r} looks like a measured figure "
                    "typed by hand, which the next benchmark run would leave "
                    'behind. Write {{ figure("key") }} with a key from the Key '
                    "figures table (docs/benchmarks/key-figures.md); if it is a "
                    "documented constant, add it to CONSTANTS in "
                    "tests/test_bench.py with the reason."
                )
    return problems


def test_pages_cite_figures_instead_of_typing_them() -> None:
    problems = hand_typed_figures(ROOT)
    assert not problems, "\n".join(problems)


def test_every_cited_figure_exists() -> None:
    known = report.all_figures(results.load(results.DEFAULT_DIR))
    unknown = [
        f"{page.relative_to(ROOT)}:{n}: unknown figure {m[1]!r}"
        for page in sorted(DOCS.glob("*.md"))
        for n, line in enumerate(page.read_text("utf-8").splitlines(), 1)
        for m in PLACEHOLDER.finditer(line)
        if m[1] not in known
    ]
    assert not unknown, "\n".join(unknown)


def test_figure_check_finds_a_typed_figure(tmp_path: Path) -> None:
    page = tmp_path / "docs" / "threading.md"
    page.parent.mkdir()
    page.write_text(
        "A thread costs 14 KiB.\n"
        '```python\nsleep(87 µs)\n```\nIt starts in {{ figure("cost.thread.start") }}, '
        "switching every 5 ms, see `0.97×`.\n",
        "utf-8",
    )
    (problem,) = hand_typed_figures(tmp_path)
    assert problem.startswith("docs/threading.md:1: '14 KiB' looks like a measured")


def test_build_fills_figures_and_names_an_unknown_key(tmp_path: Path) -> None:
    """What benchmarks/figures_markdown.py does on both engines' builds."""
    page = tmp_path / "docs" / "threading.md"
    page.parent.mkdir()
    lines = ["# Threads", "", 'Starts in {{ figure("cost.thread.start") }}.']
    lines.append("Costs {{ figure('cost.no_such') }} each.")
    page.write_text("\n".join(lines) + "\n", "utf-8")
    known = report.all_figures(results.load(results.DEFAULT_DIR))
    out, problems = figures_markdown.fill(lines, known, docs=tmp_path / "docs")
    assert out[2] == f"Starts in {known['cost.thread.start'].value}."
    assert out[3] == lines[3], "an unknown placeholder is left as typed"
    assert problems == [
        "docs/threading.md:4: unknown figure 'cost.no_such'. Use a key from the Key "
        "figures table on the Benchmarks page (docs/benchmarks/key-figures.md)."
    ]


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        # The dask workload starts a cluster of three processes: about 40 s
        # of a quick run on a loaded 2-core machine.
        timeout=230,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    for i, name in enumerate(results.WORKLOADS, 1):  # progress on stderr
        assert f"[{i}/{len(results.WORKLOADS)}] {name}: done in" in done.stderr
    return out


@linux_only
@pytest.mark.slow
@pytest.mark.timeout(240)
def test_quick_run_gives_well_formed_results(quick_run: Path) -> None:
    data = results.load(quick_run)
    assert results.problems(data) == []
    assert data["generated_by"].startswith("python -m benchmarks")
    assert list(data["workloads"]) == list(results.WORKLOADS)
    for workload in data["workloads"].values():
        assert workload["environment"]["mode"] == "quick"
        assert workload["environment"]["python"] == sys.version.split()[0]


@linux_only
@pytest.mark.slow
@pytest.mark.timeout(240)
def test_quick_run_renders_every_chart_and_table(quick_run: Path) -> None:
    for name in results.WORKLOADS:
        for scheme in ("light", "dark"):
            svg = quick_run / f"{name}-{scheme}.svg"
            assert ET.parse(svg).getroot().tag.endswith("svg")
            assert "Generated by" in svg.read_text("utf-8")[:200]
        table = (quick_run / f"{name}.md").read_text("utf-8")
        assert table.startswith("<!-- Generated by")
        assert "Smoke-test numbers" in table  # a quick run says so on the page
        assert "| :--" in table
    keys = (quick_run / "key-figures.md").read_text("utf-8")
    assert keys.count("`cost.thread.") >= 3
    # Dask against a process pool: start, round trip and break-even, each both ways.
    for key in ("start", "round_trip", "break_even"):
        assert f"`dask.{key}`" in keys
        assert f"`dask.pool.{key}`" in keys


def test_validator_finds_bad_results() -> None:
    good = results.load(results.DEFAULT_DIR)
    assert results.problems(good) == []
    bad = copy.deepcopy(good)
    bad["workloads"]["cpu"]["series"][0]["timings"][0]["median"] = -1.0
    del bad["workloads"]["cost"]["environment"]["gil_enabled"]
    del bad["workloads"]["http"]
    found = "\n".join(results.problems(bad))
    assert "cpu/sequential[0]: every time must be a positive number" in found
    assert "cost: environment lacks ['gil_enabled']" in found
    assert "http: missing" in found


def test_committed_tables_match_committed_results() -> None:
    """The page includes docs/benchmarks/*.md: they must come from results.json."""
    data = results.load(results.DEFAULT_DIR)
    expected = {
        f"{n}.md": results.module(n).table(w) for n, w in data["workloads"].items()
    }
    expected["key-figures.md"] = report.key_figures(data)
    expected["environment.md"] = report.environment(data)
    for name, text in expected.items():
        committed = results.DEFAULT_DIR / name
        assert committed.read_text("utf-8") == report.GENERATED + text, (
            f"{committed.relative_to(ROOT)} is stale: run python -m benchmarks render"
        )
