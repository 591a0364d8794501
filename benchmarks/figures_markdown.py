"""Markdown extension: put measured figures into pages at build time.

A page cites ``{{ figure("cost.thread.start") }}``; this extension replaces it
with the value computed from docs/benchmarks/results.json, so a new benchmark
run updates every page that cites it (keys: the Benchmarks page's Key figures).

A Python-Markdown extension (``markdown_extensions:`` in mkdocs.yml), because
both engines load those: MkDocs and Zensical, which runs no MkDocs ``hooks:``.
Python must find it: build from the repository root with ``python -m mkdocs``
or ``python -m zensical`` (as noxfile.py and tests/browser/site.py do), or put
the root on PYTHONPATH.

An unknown key is logged as a warning naming ``docs/<page>:<line>`` and the
fix: MkDocs counts it, so the strict build fails and lists every unknown key.
Zensical's strict mode does not count Python warnings: there the first
unknown key is raised as an error, which stops the build with that message.
The extension runs before pymdownx.snippets: figures are cited in pages, not
in generated includes. Markdown is imported only by makeExtension(), so the
tests (tests/test_bench.py) run without it.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import Any

from benchmarks import report, results
from benchmarks.common import Figure
from tools.paths import DOCS

PLACEHOLDER = re.compile(r"""\{\{\s*figure\(\s*["']([\w.]+)["']\s*\)\s*\}\}""")


def figures() -> dict[str, Figure]:
    """Every citable figure, re-read when results.json changes (mkdocs serve)."""
    path = results.DEFAULT_DIR / results.RESULTS
    return _figures(path.stat().st_mtime_ns if path.exists() else None)


@functools.lru_cache(maxsize=1)
def _figures(stamp: int | None) -> dict[str, Figure]:
    return report.all_figures(results.load(results.DEFAULT_DIR))


def where(placeholder: str, docs: Path = DOCS) -> list[str]:
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
    lines: list[str], known: dict[str, Figure], docs: Path = DOCS
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


# MkDocs counts the warnings of its "mkdocs" loggers; --strict fails on any.
log = logging.getLogger("mkdocs.extensions.figures")
# Above pymdownx.snippets (32): fill in what the page itself says.
PRIORITY = 40
# Zensical registers this preprocessor on every page it renders; MkDocs does not.
ZENSICAL_CONTEXT = "rendering_context"


class UnknownFigureError(ValueError):
    pass


def makeExtension(**kwargs: Any) -> Any:
    from markdown import Extension, Markdown
    from markdown.preprocessors import Preprocessor

    class FigurePreprocessor(Preprocessor):
        def run(self, lines: list[str]) -> list[str]:
            out, problems = fill(lines, figures())
            for problem in problems:
                log.warning(problem)
            if problems and ZENSICAL_CONTEXT in self.md.preprocessors:
                raise UnknownFigureError("\n".join(problems))
            return out

    class FiguresExtension(Extension):
        def extendMarkdown(self, md: Markdown) -> None:
            md.preprocessors.register(FigurePreprocessor(md), "figures", PRIORITY)

    return FiguresExtension(**kwargs)
