"""MkDocs hook: put measured figures into pages at build time.

A page cites a figure as ``{{ figure("cost.thread.start") }}``; the hook
replaces it with the value computed from docs/benchmarks/results.json, so a
new benchmark run updates every page that cites it. An unknown key is a
warning with ``file:line``, which fails the strict build. The keys, their
values and what each measures are listed on the Benchmarks page (Key figures).

Zensical (Material's successor) does not run ``hooks:``: there the
placeholders would show as typed. Generated includes (``--8<--``) work on
both, but only for whole lines, and a figure sits inside a sentence or a
table cell; if the site moves to Zensical, this becomes a Markdown extension.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # MkDocs loads a hook by path, not as a package
    sys.path.insert(0, str(ROOT))

from benchmarks import report, results  # noqa: E402

PLACEHOLDER = re.compile(r"""\{\{\s*figure\(\s*["']([\w.]+)["']\s*\)\s*\}\}""")
log = logging.getLogger("mkdocs.hooks.figures")
FIGURES: dict[str, Any] = {}


def on_pre_build(config: Any) -> None:
    FIGURES.clear()
    FIGURES.update(report.all_figures(results.load(results.DEFAULT_DIR)))


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    def value(match: re.Match[str]) -> str:
        key = match[1]
        if key in FIGURES:
            return FIGURES[key].value
        line = markdown.count("\n", 0, match.start()) + 1
        log.warning(
            f"docs/{page.file.src_uri}:{line}: unknown figure {key!r}. Use a key "
            "from the Key figures table on the Benchmarks page "
            "(docs/benchmarks/key-figures.md)."
        )
        return match[0]

    return PLACEHOLDER.sub(value, markdown)
