"""The timeline recorder and renderer (timelines/) on small real runs.

Nothing here asserts a duration or the shape of a committed picture: the
machine may be busy. The tests record tiny programs from
tests/timelines_programs/ and check the recording's structure (rows, kinds,
states, spans inside lifetimes), that the SVG draws exactly the recording,
that failures say file:line, and that every committed picture is what the
renderer makes of its committed recording (so nobody edits an SVG by hand).
"""

from __future__ import annotations

import copy
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from timelines import config, recorder, render
from timelines.config import Timeline
from tools.paths import ROOT

PROGRAMS = "tests/timelines_programs"
SVG = "{http://www.w3.org/2000/svg}"
Tiny = tuple[Timeline, dict[str, Any]]  # the config and one recording of it

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason=f"the recorder reads thread states from /proc (Linux); this is {sys.platform}",
)
needs_tasks = pytest.mark.skipif(
    sys.version_info < (3, 12),
    reason="asyncio tasks are recorded with sys.monitoring, new in Python 3.12",
)


def timeline(program: str, **settings: Any) -> Timeline:
    return Timeline(
        name="tiny",
        program=f"{PROGRAMS}/{program}",
        page="docs/asyncio.md",
        lead="Two threads spin, then two naps are gathered",
        **settings,
    )


@pytest.fixture(scope="module")
def tiny() -> Tiny:
    """One recording of tests/timelines_programs/tiny.py, shared by the tests."""
    line = timeline("tiny.py", marks=("spin", "nap"))
    return line, recorder.run(line)


def rows_by_label(recording: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["label"]: row for row in recording["rows"]}


def test_threads_are_rows_with_their_names(tiny: Tiny) -> None:
    _, recording = tiny
    rows = rows_by_label(recording)
    threads = [r["label"] for r in recording["rows"] if r["kind"] == "thread"]
    assert threads == ["MainThread", "spinner-a", "spinner-b"]
    assert rows["MainThread"]["main"] is True
    if sys.version_info >= (3, 12):  # marks, like tasks, need sys.monitoring
        for label in ("spinner-a", "spinner-b"):
            assert rows[label]["spans"]["mark:spin"], f"{label}: no 'in spin()' mark"
    meta = recording["metadata"]
    assert meta["program"] == f"{PROGRAMS}/tiny.py"
    assert meta["python"]["version"] == ".".join(map(str, sys.version_info[:3]))
    assert meta["sampling"]["samples"] > 0


@needs_tasks
def test_tasks_are_rows_with_their_end_states(tiny: Tiny) -> None:
    _, recording = tiny
    tasks = {r["label"]: r for r in recording["rows"] if r["kind"] == "task"}
    shown = {label: r["state"] for label, r in tasks.items() if "hidden" not in r}
    assert shown == {
        "main": "done",
        "sleeper": "cancelled",
        "nap 1": "done",
        "nap 2": "done",
    }
    assert tasks["main"]["main"] is True
    hidden = {r["hidden"] for r in tasks.values() if "hidden" in r}
    assert hidden <= {"asyncio's own clean-up tasks"}
    assert tasks["nap 1"]["spans"]["mark:nap"] and tasks["nap 2"]["spans"]["mark:nap"]
    assert recording["metadata"]["tasks_recorded"] is True


@needs_tasks
def test_a_task_resumed_by_an_exception_is_drawn_running() -> None:
    # asyncio resumes a task whose future failed, or that was cancelled, by
    # throwing into its coroutine (PY_THROW, not PY_RESUME). Each task calls
    # handle() in its except block: its row must show it running then.
    recording = recorder.run(timeline("resumed_by_throw.py", marks=("handle",)))
    tasks = {r["label"]: r for r in recording["rows"] if r["kind"] == "task"}
    missed = []
    for label, state in (("error", "done"), ("cancel", "cancelled")):
        assert label in tasks, f"no row for task {label!r}: {sorted(tasks)}"
        row = tasks[label]
        assert row["state"] == state, (label, row["state"])
        [(a, b)] = row["spans"]["mark:handle"]
        running = row["spans"]["running"]
        if not any(c <= a and b <= d for c, d in running):
            missed.append(f"{label!r}: handle() ran {[a, b]}, running {running}")
    assert not missed, (
        "not drawn running while handling what was thrown into it: " + "; ".join(missed)
    )


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="only Python 3.11 lacks sys.monitoring"
)
def test_tasks_are_not_recorded_before_3_12(tiny: Tiny) -> None:
    line, recording = tiny
    assert recording["metadata"]["tasks_recorded"] is False
    assert not [r for r in recording["rows"] if r["kind"] == "task"]
    assert "not recorded before Python 3.12" in render.caption(recording, line)


def test_every_span_lies_in_its_lifetime(tiny: Tiny) -> None:
    _, recording = tiny
    window = recording["window_ms"]
    for row in recording["rows"]:
        if row["lifetime"] is None:
            assert not any(row["spans"].values()), row["label"]
            continue
        start, end = row["lifetime"]
        assert 0 <= start <= end <= window, row["label"]
        for kind, spans in row["spans"].items():
            for a, b in spans:
                where = f"{row['label']} {kind} {[a, b]} in {[start, end]}"
                assert start <= a <= b <= end, where


def drawn(svg_text: str) -> dict[int, dict[str, list[list[float]]]]:
    """The spans an SVG draws, per row index, from its data attributes."""
    root = ET.fromstring(svg_text)  # raises if not well formed
    rows: dict[int, dict[str, list[list[float]]]] = {}
    for element in root.iter():
        if "data-start" in element.attrib:
            row = rows.setdefault(int(element.attrib["data-row"]), {})
            a = element.attrib
            span = [float(a["data-start"]), float(a["data-end"])]
            row.setdefault(a["data-kind"], []).append(span)
    return rows


def test_the_svg_draws_exactly_the_recording(tiny: Tiny, tmp_path: Path) -> None:
    line, recording = tiny
    paths = render.render(recording, line, tmp_path)
    assert [p.name for p in paths] == ["tiny-light.svg", "tiny-dark.svg", "tiny.md"]
    expected = {}
    for i, row in render.visible_rows(recording):
        spans = {kind: s for kind, s in row["spans"].items() if s}
        expected[i] = {"lifetime": [row["lifetime"]], **spans}
    for scheme in ("light", "dark"):
        text = (tmp_path / f"tiny-{scheme}.svg").read_text("utf-8")
        assert drawn(text) == expected
        root = ET.fromstring(text)
        assert root.get("role") == "img"
        assert root.find(f"{SVG}title") is not None
        assert root.find(f"{SVG}desc").text == render.describe(recording)  # type: ignore[union-attr]
        labels = [
            g.get("data-label") for g in root.iter(f"{SVG}g") if g.get("data-label")
        ]
        assert labels == [row["label"] for _, row in render.visible_rows(recording)]
        ended = [e for e in root.iter() if e.get("data-kind") == "cancelled"]
        cancelled = [
            i for i, r in render.visible_rows(recording) if r["state"] == "cancelled"
        ]
        assert [int(e.attrib["data-row"]) for e in ended] == cancelled


def test_the_include_shows_both_schemes_with_one_alt_text(
    tiny: Tiny, tmp_path: Path
) -> None:
    line, recording = tiny
    render.render(recording, line, tmp_path)
    include = (tmp_path / "tiny.md").read_text("utf-8")
    alt = render.describe(recording)
    counts: dict[str, int] = {}
    for _, row in render.visible_rows(recording):
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    for kind, n in counts.items():
        assert render.plural(n, kind) in alt
    for label in [row["label"] for _, row in render.visible_rows(recording)]:
        assert f"{label}: alive" in alt
    assert include.count(f"![{alt}](timelines/tiny-") == 2
    assert "#only-light){" in include and "#only-dark){" in include
    assert 'loading="lazy"' in include and 'tabindex="0"' in include
    assert 'role="region"' in include and "aria-label=" in include
    meta = recording["metadata"]
    assert f"Recorded {meta['recorded_at'][:10]} on Linux" in include
    assert f"CPython {meta['python']['version']}" in include
    assert "`nox -s timelines` records it again" in include


def test_a_picture_over_100_kib_is_refused(tiny: Tiny, tmp_path: Path) -> None:
    line, recording = tiny
    big = copy.deepcopy(recording)
    row = next(r for _, r in render.visible_rows(big) if r["kind"] == "thread")
    start = row["lifetime"][0]
    row["spans"]["running"] = [[start, start]] * 2000
    with pytest.raises(
        render.RenderError,
        match=r"tiny\.json: the light SVG would be \d+ KiB, over the 100 KiB",
    ):
        render.render(big, line, tmp_path)


def test_a_failing_program_is_reported_at_its_line() -> None:
    with pytest.raises(recorder.RecordError) as failure:
        recorder.run(timeline("fails.py"))
    message = str(failure.value)
    assert message.startswith(f"{PROGRAMS}/fails.py:6: exited with status 1"), message
    assert "ValueError: on purpose" in message


def test_a_process_left_running_is_reported_and_ended() -> None:
    with pytest.raises(recorder.RecordError) as failure:
        recorder.run(timeline("leaves_process.py"))
    message = str(failure.value)
    assert message.startswith(
        f"{PROGRAMS}/leaves_process.py:1: left 1 process(es) running"
    )
    pid = int(message.splitlines()[1].split()[0])
    assert (
        not Path(f"/proc/{pid}").exists()
        or "Z" in Path(f"/proc/{pid}/stat").read_text()
    )


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_a_process_pool_program_runs_under_the_recorder(method: str) -> None:
    # Under spawn and forkserver the children re-import the program by its
    # path, as they would for `python program.py`: a child that cannot find
    # square() never answers. Under fork they inherit timelines.inside's exit
    # handler; only the program's own process may write the notes (checked
    # by the recorder).
    recording = recorder.run(timeline("process_pool.py", args=(method,)))
    labels = [r["label"] for r in recording["rows"] if r["kind"] == "process"]
    assert "process 1" in labels, labels
    if method == "forkserver":
        assert "forkserver" in labels, labels


def test_a_lead_with_a_number_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "timelines.toml"
    path.write_text(
        '[x]\nprogram = "p.py"\npage = "docs/a.md"\nlead = "Three 300 ms waits"\n'
    )
    with pytest.raises(config.ConfigError, match="the lead has a digit"):
        config.load(path)


def test_committed_pictures_are_drawn_from_their_recordings(tmp_path: Path) -> None:
    """Re-render every committed recording: an edited SVG or include shows up here."""
    timelines = config.load()
    recordings = sorted(p.stem for p in config.RECORDINGS.glob("*.json"))
    assert recordings == sorted(timelines), (
        "every [table] in timelines/timelines.toml needs its recording in "
        "timelines/recordings/ and the other way round: run "
        "`nox -s timelines -- --only NAME`"
    )
    stale = []
    for name in recordings:
        recording = json.loads((config.RECORDINGS / f"{name}.json").read_text("utf-8"))
        for path in render.render(recording, timelines[name], tmp_path):
            assert path.stat().st_size <= render.MAX_BYTES
            committed = config.OUTPUT / path.name
            if not committed.exists() or committed.read_bytes() != path.read_bytes():
                stale.append(committed.relative_to(ROOT).as_posix())
    assert not stale, (
        f"{', '.join(stale)}: missing, or not what its recording in "
        "timelines/recordings/ draws. Never edit a timeline by hand: record it "
        "again (`nox -s timelines -- --only NAME`) or, after changing the "
        "renderer or the config, redraw them all with `python -m timelines render`."
    )
