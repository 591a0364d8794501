"""Markdown extension: put measured figures into pages at build time.

A page cites a figure as ``{{ figure("cost.thread.start") }}``; this
extension replaces it with the value computed from
docs/benchmarks/results.json (benchmarks/placeholders.py), so a new
benchmark run updates every page that cites it. The keys, their values and
what each measures are listed on the Benchmarks page (Key figures).

It is a Python-Markdown extension, listed under ``markdown_extensions:`` in
mkdocs.yml, because both engines that build the site load those: MkDocs and
Zensical (which does not run MkDocs ``hooks:``). Python must find it: build
from the repository root with ``python -m mkdocs`` or ``python -m zensical``
(as noxfile.py and tests/browser/site.py do), or put the root on PYTHONPATH.

An unknown key is logged as a warning naming ``docs/<page>:<line>`` and the
fix: MkDocs counts it, so the strict build fails and lists every unknown key.
Zensical's strict mode does not count Python warnings: there the first
unknown key is raised as an error, which stops the build with that message.
The extension runs before pymdownx.snippets, as the MkDocs hook it replaces
did: figures are cited in pages, not in generated includes.
"""

from __future__ import annotations

import logging
from typing import Any

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from benchmarks.placeholders import figures, fill

# MkDocs counts the warnings of its "mkdocs" loggers; --strict fails on any.
log = logging.getLogger("mkdocs.extensions.figures")
# Above pymdownx.snippets (32): fill in what the page itself says.
PRIORITY = 40
# Zensical registers this preprocessor on every page it renders; MkDocs does not.
ZENSICAL_CONTEXT = "rendering_context"


class UnknownFigureError(ValueError):
    pass


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


def makeExtension(**kwargs: Any) -> FiguresExtension:
    return FiguresExtension(**kwargs)
