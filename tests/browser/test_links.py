"""Links in the rendered HTML, beyond what ``mkdocs build --strict`` validates.

MkDocs checks Markdown links and anchors; it does not see links written in
raw HTML, links made by the theme, or ``#`` anchors into other pages' HTML.
External links are listed and their syntax checked; they are never fetched.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from tests.browser.site import Site, check_links, external_url_problem


def test_internal_links_and_anchors_resolve(site: Site, report_property) -> None:
    report = check_links(site.directory, site.base_url)
    report_property("link_report", asdict(report))
    report_property("build_seconds", site.build_seconds)
    assert report.pages >= len(site.pages)
    assert not report.problems, "\n".join(report.problems)


def test_link_check_catches_broken_links(tmp_path: Path) -> None:
    """The checker itself: each kind of bad link is reported."""
    base = "http://127.0.0.1:1/"
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text('<h2 id="here">A</h2><p name="x">x</p>')
    (tmp_path / "index.html").write_text(
        """
        <a href="a/">ok</a> <a href="a/#here">ok</a> <a href="#top">ok</a>
        <img src="a/index.html"> <a id="top"></a>
        <a href="missing/">1</a>
        <a href="a/#nowhere">2</a>
        <a href="a/#x">3 (name= counts only on a and map)</a>
        <div><img src="pic.png"></div>
        <a href="https://exa mple.com/">5</a>
        <a href="http://example.com/">6</a>
        <a href="https://example.com/ok">ok</a>
        <a href="javascript:void(0)">7</a>
        """
    )
    report = check_links(tmp_path, base)
    found = "\n".join(report.problems)
    assert len(report.problems) == 7, found
    for text in ("missing/", "nowhere", "'x'", "pic.png", "whitespace", "use https"):
        assert text in found
    assert "https://example.com/ok" in report.external


def test_external_url_syntax() -> None:
    assert (
        external_url_problem("https://docs.python.org/3/library/asyncio.html") is None
    )
    assert external_url_problem("mailto:someone@example.org") is None
    assert external_url_problem("https://localhost/") is not None
    assert external_url_problem("ftp://example.com/") is not None
