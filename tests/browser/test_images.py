"""tools/images_markdown.py: images load lazily and SVGs of the site get their size.

The unit tests need Python-Markdown, which the browser session installs.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown
import pytest

from tests.browser.site import Site
from tools import images_markdown
from tools.images_markdown import svg_size

DOCS = images_markdown.DOCS


def render(text: str) -> ET.Element:
    md = markdown.Markdown(extensions=["attr_list", "tools.images_markdown"])
    return ET.fromstring(f"<div>{md.convert(text)}</div>")


def test_a_chart_gets_lazy_loading_and_the_size_of_its_file() -> None:
    chart = sorted(DOCS.glob("benchmarks/*-light.svg"))[0]
    src = f"{chart.relative_to(DOCS).as_posix()}#only-light"
    img = render(f"![chart]({src}){{ .chart }}").find(".//img")
    assert img is not None
    size = svg_size(chart, chart.stat().st_mtime_ns)
    assert size is not None
    assert (img.get("loading"), img.get("decoding")) == ("lazy", "async")
    assert (img.get("width"), img.get("height")) == (str(size[0]), str(size[1]))
    assert img.get("class") == "chart"


def test_attributes_a_page_sets_win() -> None:
    img = render('![x](a.svg){ width="10" height="5" loading="eager" }').find(".//img")
    assert img is not None
    assert img.attrib | {"alt": "", "src": ""} == {
        "alt": "",
        "src": "",
        "width": "10",
        "height": "5",
        "loading": "eager",
        "decoding": "async",
    }


def test_an_svg_missing_from_docs_is_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="mkdocs.extensions.images"):
        img = render("![x](nowhere/missing.svg)").find(".//img")
    assert img is not None and "width" not in img.attrib
    assert "'nowhere/missing.svg' is not under docs/" in caplog.text


@pytest.mark.parametrize(
    ("root", "size"),
    [
        ('width="544.5pt" height="381pt"', (726, 508)),
        ('width="680" height="200"', (680, 200)),
        ('width="100%" viewBox="0 0 640 480"', (640, 480)),
    ],
)
def test_svg_size_in_css_pixels(
    tmp_path: Path, root: str, size: tuple[int, int]
) -> None:
    path = tmp_path / "x.svg"
    path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" {root}></svg>')
    assert svg_size(path, path.stat().st_mtime_ns) == size


def test_every_image_of_the_build_is_lazy_and_every_svg_sized(site: Site) -> None:
    """On both engines: no image holds up a page, no SVG moves the text."""
    problems = []
    for path in site.pages:
        for tag in re.findall(r"<img\b[^>]*>", site.html(path)):
            attrs = dict(re.findall(r'\s([\w-]+)="([^"]*)"', tag))
            src = attrs.get("src", "")
            missing = [a for a in ("loading", "decoding") if a not in attrs]
            if ".svg" in src and "://" not in src:
                missing += [a for a in ("width", "height") if a not in attrs]
            if missing or attrs.get("loading") != "lazy":
                problems.append(f"{path}: {src} lacks {missing or 'loading=lazy'}")
    assert not problems, "\n".join(problems)
