"""Build and test the site.

nox                 lint, strict build, tests on every installed Python
nox -s serve        build and serve on http://127.0.0.1:8000
nox -s update       rewrite #> output comments and format snippets
nox -l              list every session
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "docs", "tests"]
# A contributor without one of these Pythons gets a skip message, not a failure.
nox.options.error_on_missing_interpreters = False

PYTHONS = ["3.11", "3.12", "3.13"]
PYPROJECT = nox.project.load_toml("pyproject.toml")
SERVE_ADDRESS = "127.0.0.1:8000"
# Material 9.8 prints an end-of-life banner on every build; it is noted in README.
QUIET_MKDOCS = {"NO_MKDOCS_2_WARNING": "1"}


def _use_pyenv_pythons() -> None:
    """Let uv see every pyenv interpreter, and never download one.

    uv finds pyenv's Pythons only when they are activated, and pyenv's shim
    activates just the one that runs nox; add every installed 3.11+ version.
    """
    os.environ.setdefault("UV_PYTHON_DOWNLOADS", "never")
    if not shutil.which("pyenv"):
        return
    bare = subprocess.run(
        ["pyenv", "versions", "--bare"], capture_output=True, text=True, check=False
    ).stdout.split()
    active = [v for v in os.environ.get("PYENV_VERSION", "").split(":") if v]
    wanted = [v for v in bare if re.fullmatch(r"3\.(1[1-9])\.\d+", v)]
    os.environ["PYENV_VERSION"] = ":".join(dict.fromkeys(active + wanted))


_use_pyenv_pythons()


def install(session: nox.Session, *groups: str) -> None:
    for group in groups:
        session.install(*nox.project.dependency_groups(PYPROJECT, group))


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format checks, and the page/snippet guards."""
    install(session, "lint")
    session.run("ruff", "check", "--output-format=concise", ".")
    session.run("ruff", "format", "--check", "tests", "noxfile.py")
    session.run("python", "tests/snippet_format.py", "--check")
    session.run("python", "tests/guards.py")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site strictly: any warning, broken link or anchor fails."""
    install(session, "docs")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env=QUIET_MKDOCS)


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run every snippet and check its #> output; run the guard tests."""
    install(session, "test")
    args = session.posargs or ["-n", "2"]
    session.run("pytest", *args)


@nox.session
def update(session: nox.Session) -> None:
    """Rewrite snippets' #> output from a fresh run, then format them."""
    install(session, "test")
    paths = session.posargs or ["tests/test_snippets.py"]
    session.run(
        "pytest", "--update-examples", "-k", "test_output_matches_comments", *paths
    )
    session.run("python", "tests/snippet_format.py")


@nox.session
def serve(session: nox.Session) -> None:
    """Build the site and serve it on http://127.0.0.1:8000 with live reload."""
    install(session, "docs")
    session.run(
        "mkdocs",
        "serve",
        "--dev-addr",
        SERVE_ADDRESS,
        env={"SITE_URL": f"http://{SERVE_ADDRESS}/", **QUIET_MKDOCS},
    )
