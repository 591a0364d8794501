"""`uv run snippets/…` works as the README says, from a clean cache.

For each package the examples use, the first snippet that declares it runs
through `uv run` (which reads only its PEP 723 block) with an empty cache,
and must print what its #> and #2> lines say. It downloads from PyPI, so it
runs in its own session: `python -m nox -s uv_run` (CI's uv-run job).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tools.snippets import (
    all_snippets,
    expected_output,
    read_settings,
    rel,
    run_as_reader,
    script_block,
)


def one_per_package() -> dict[str, Path]:
    """Package name -> the first snippet that declares it, runs here and prints."""
    chosen: dict[str, Path] = {}
    for path in all_snippets():
        prints = expected_output(path.read_text("utf-8"))
        if read_settings(path).skip_reason() or not prints:
            continue
        for requirement in script_block(path).get("dependencies", []):
            chosen.setdefault(Requirement(requirement).name, path)
    return chosen


@pytest.mark.uv
@pytest.mark.parametrize("path", sorted(set(one_per_package().values())), ids=rel)
def test_uv_run_installs_what_the_snippet_declares(path: Path, tmp_path: Path) -> None:
    uv = os.environ.get("UV")
    if not uv:
        pytest.skip("set UV to uv's path: python -m nox -s uv_run does")
    if sys.platform == "win32":
        pytest.skip("the launcher below sets TMPDIR with env(1)")
    launcher = (
        # uv keeps a lock file in the temporary folder: not the snippet's.
        *("env", f"TMPDIR={tmp_path}", uv, "run", "--quiet", "--no-project"),
        # A clean cache: every package comes from the index.
        *("--cache-dir", str(tmp_path / "cache"), "--python", sys.executable),
    )
    settings = dataclasses.replace(read_settings(path), timeout=240)
    if problem := run_as_reader(path, settings, launcher=launcher):
        pytest.fail(problem, pytrace=False)
