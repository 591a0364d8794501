"""Format snippets with ruff without breaking their ``#>``/``#2>`` output lines.

Plain ``ruff format`` rewrites ``#> 42`` as ``# > 42`` (ruff issue 16401),
which pytest-examples no longer reads as output. This wrapper hands ruff the
``# >`` form and turns it back afterwards, as pytest-examples does for black.

    python tools/format_snippets.py --check   # report, exit 1 if any would change
    python tools/format_snippets.py           # rewrite in place
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# #> (stdout) and #2> (stderr) output lines.
OUTPUT = re.compile(r"^(\s*)#(2?)>", re.MULTILINE)
SPACED = re.compile(r"^(\s*)# (2?)>", re.MULTILINE)


def rel(path: Path) -> str:
    """Relative to the repository root; a file elsewhere keeps its given path."""
    resolved = path.resolve()
    if resolved.is_relative_to(ROOT):
        return resolved.relative_to(ROOT).as_posix()
    return str(path)


def formatted(path: Path, text: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(path), "-"],
        input=OUTPUT.sub(r"\1# \2>", text),
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{path}: ruff format failed:\n{proc.stderr}")
    return SPACED.sub(r"\1#\2>", proc.stdout)


def difference(name: str, text: str, new: str) -> str:
    """``name:line:`` of the first changed line, then a unified diff."""
    old_lines, new_lines = text.splitlines(), new.splitlines()
    pairs = enumerate(zip(old_lines, new_lines, strict=False), 1)
    shorter = min(len(old_lines), len(new_lines)) + 1
    line = next((i for i, (a, b) in pairs if a != b), shorter)
    diff = difflib.unified_diff(
        old_lines, new_lines, name, f"{name} (formatted)", lineterm=""
    )
    return f"{name}:{line}: not formatted as ruff would.\n" + "\n".join(diff)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only")
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "snippets"])
    args = parser.parse_args(argv)
    files = sorted(
        f for p in args.paths for f in ([p] if p.is_file() else p.rglob("*.py"))
    )
    bad = 0
    for path in files:
        text = path.read_text("utf-8")
        new = formatted(path, text)
        if new == text:
            continue
        bad += 1
        if args.check:
            print(difference(rel(path), text, new), file=sys.stderr)
        else:
            path.write_text(new, "utf-8")
            print(f"formatted {rel(path)}")
    if args.check and bad:
        print(
            f"{bad} snippet(s) need formatting. Fix: run `nox -s update` "
            "(or `python tools/format_snippets.py`), which keeps #> comments intact.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
