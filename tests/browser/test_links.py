"""Links in the rendered HTML, beyond what ``mkdocs build --strict`` validates.

MkDocs checks Markdown links and anchors; it does not see links written in
raw HTML, links made by the theme, or ``#`` anchors into other pages' HTML.
External links are listed and their syntax checked; they are never fetched.
"""

from __future__ import annotations

from pathlib import Path

from tests.browser.site import Site, check_links


def test_internal_links_and_anchors_resolve(site: Site) -> None:
    report = check_links(site.directory, site.base_url)
    assert report.pages >= len(site.pages)
    assert report.internal > 0, "no internal link found: is the checker broken?"
    assert not report.problems, "\n".join(report.problems)


def test_link_check_catches_broken_links(tmp_path: Path) -> None:
    """The checker itself: each kind of bad link is reported, good ones are not."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a/index.html").write_text('<h2 id="here">A</h2><p name="x">x</p>')
    (tmp_path / "index.html").write_text(
        """
        <a href="a/">ok</a> <a href="a/#here">ok</a> <a href="#top">ok</a>
        <img src="a/index.html"> <a id="top"></a> <img src="a/index.html#only-dark">
        <a href="https://example.com/ok">ok</a> <a href="mailto:me@example.org">ok</a>
        <a href="missing/">1</a>
        <a href="a/#nowhere">2</a>
        <a href="a/#x">3 (name= counts only on a and map)</a>
        <img src="a/index.html#nowhere">
        <a href="https://exa mple.com/">5</a>
        <a href="http://example.com/">6</a>
        <a href="javascript:void(0)">7</a>
        <a href="ftp://example.com/">8</a>
        <a href="https://localhost/">9</a>
        <div><img src="pic.png"></div>
        """
    )
    report = check_links(tmp_path, "http://127.0.0.1:1/")
    found = "\n".join(report.problems)
    assert len(report.problems) == 10, found
    for text in (
        ":5: <a> 'missing/': no such file",
        ":6: <a> 'a/#nowhere': no id 'nowhere'",
        ":7: <a> 'a/#x': no id 'x'",
        ":8: <img> 'a/index.html#nowhere': no id 'nowhere'",
        ":9: <a> 'https://exa mple.com/': contains whitespace",
        ":10: <a> 'http://example.com/': plain http: use https",
        ":11: <a> 'javascript:void(0)': javascript: URL",
        ":12: <a> 'ftp://example.com/': unexpected URL",
        ":13: <a> 'https://localhost/': bad host name",
        ":14: <img> 'pic.png': no such file",
    ):
        assert text in found, found
    assert "https://example.com/ok" in report.external
