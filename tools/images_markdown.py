"""Markdown extension: every image on a page loads lazily, with its size.

Listed under ``markdown_extensions:`` in mkdocs.yml, so MkDocs and Zensical
both run it (from the repository root with ``python -m``, as noxfile.py does,
so that Python finds it). Each ``<img>`` gets what it lacks of:

- ``loading="lazy"``: fetched when it nears the screen, so Material's hidden
  ``#only-dark`` (or ``#only-light``) copy of a chart is never fetched, and on
  a phone the charts do not compete with the page's CSS and JavaScript;
- ``decoding="async"``: drawing a large SVG does not hold up the page;
- ``width`` and ``height`` of the site's own SVG files, read from the file
  (``pt`` as CSS pixels, or its viewBox): the browser keeps the image's
  place, so a lazy image does not move the text, nor a link to a heading
  below it. Material's CSS still scales it to the column.

An attribute the page sets (``{ loading=eager }``) wins. Image paths are read
relative to docs/; an SVG not found there is a build warning (the strict
build fails), so a page moved into a folder cannot lose its sizes silently.
"""

from __future__ import annotations

import functools
import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from tools.paths import DOCS

# MkDocs counts the warnings of its "mkdocs" loggers; --strict fails on any.
log = logging.getLogger("mkdocs.extensions.images")
# After attr_list (8): the attributes a page wrote are already on the element.
PRIORITY = 4
# CSS pixels per unit of an SVG length.
UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "mm": 96 / 25.4}
LENGTH = re.compile(r"^\s*([0-9.]+)\s*([a-z]*)\s*$")


def _length(value: str | None) -> float | None:
    match = LENGTH.match(value or "")
    if not match or match.group(2) not in UNITS:
        return None
    return float(match.group(1)) * UNITS[match.group(2)]


@functools.cache
def svg_size(path: Path, mtime_ns: int) -> tuple[int, int] | None:
    """(width, height) in CSS pixels of an SVG file; mtime_ns keys the cache."""
    for _, element in ET.iterparse(path, events=("start",)):
        width, height = _length(element.get("width")), _length(element.get("height"))
        if width is None or height is None:
            box = (element.get("viewBox") or "").replace(",", " ").split()
            if len(box) != 4:
                return None
            width, height = float(box[2]), float(box[3])
        return round(width), round(height)
    return None


class ImageTreeprocessor(Treeprocessor):
    def run(self, root: Any) -> None:
        for img in root.iter("img"):
            img.attrib.setdefault("loading", "lazy")
            img.attrib.setdefault("decoding", "async")
            if "width" in img.attrib or "height" in img.attrib:
                continue
            src = urlsplit(img.get("src", ""))
            if src.scheme or src.netloc or not src.path.endswith(".svg"):
                continue
            path = DOCS / unquote(src.path)
            if not path.is_file():
                log.warning(
                    f"image {src.path!r} is not under docs/: its width and height "
                    "are left out (tools/images_markdown.py reads image paths "
                    "relative to docs/)"
                )
                continue
            size = svg_size(path, path.stat().st_mtime_ns)
            if size:
                img.set("width", str(size[0]))
                img.set("height", str(size[1]))


class ImagesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(ImageTreeprocessor(md), "image_sizes", PRIORITY)


def makeExtension(**kwargs: Any) -> ImagesExtension:
    return ImagesExtension(**kwargs)
