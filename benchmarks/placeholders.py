"""``{{ figure("key") }}`` in a page: find the placeholders and fill them in.

Standard library only, so that the tests (tests/test_bench.py) use the same
pattern without installing Markdown. The build does the filling through the
Markdown extension in benchmarks/figures_markdown.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks import report, results
from benchmarks.common import Figure

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"""\{\{\s*figure\(\s*["']([\w.]+)["']\s*\)\s*\}\}""")

_cache: dict[str, object] = {"stamp": None, "figures": {}}


def figures() -> dict[str, Figure]:
    """Every citable figure, re-read when results.json changes (mkdocs serve)."""
    path = results.DEFAULT_DIR / "results.json"
    stamp = path.stat().st_mtime_ns if path.exists() else None
    if _cache["stamp"] != stamp or not _cache["figures"]:
        _cache["figures"] = report.all_figures(results.load(results.DEFAULT_DIR))
        _cache["stamp"] = stamp
    known = _cache["figures"]
    assert isinstance(known, dict)
    return known


def where(placeholder: str, docs: Path = ROOT / "docs") -> list[str]:
    """``docs/<page>:<line>`` of every page that types this exact placeholder.

    Python-Markdown does not tell an extension which page it converts, under
    either engine; the pages' own text does.
    """
    found = []
    for page in sorted(docs.rglob("*.md")):
        for number, line in enumerate(page.read_text("utf-8").splitlines(), 1):
            if placeholder in line:
                found.append(f"{page.relative_to(docs.parent).as_posix()}:{number}")
    return found


def fill(
    lines: list[str], known: dict[str, Figure], docs: Path = ROOT / "docs"
) -> tuple[list[str], list[str]]:
    """The lines with every known figure filled in, and one problem per unknown key.

    An unknown placeholder is left as typed; its problem names
    ``docs/<page>:<line>`` and the fix.
    """
    problems: list[str] = []

    def value(match: re.Match[str]) -> str:
        if match[1] in known:
            return known[match[1]].value
        places = ", ".join(where(match[0], docs)) or "a page"
        problems.append(
            f"{places}: unknown figure {match[1]!r}. Use a key from the Key figures "
            "table on the Benchmarks page (docs/benchmarks/key-figures.md)."
        )
        return match[0]

    out = [PLACEHOLDER.sub(value, line) for line in lines]
    return out, list(dict.fromkeys(problems))
