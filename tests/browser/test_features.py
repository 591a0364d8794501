"""What a reader does once: search, copy a snippet, switch the colour scheme,
switch content tabs, read a code block's title; and screenshots to look at.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.browse import PHONE, color_scheme, open_page
from tests.browser.site import ROOT, Site

SNIPPET_TITLE = ".highlight > span.filename"
# Terms that name one idea: the first one found on exactly one page is used.
PREFERRED_TERMS = ["TaskGroup", "ProcessPoolExecutor", "ClientSession", "Barrier"]


def _page_of(location: str) -> str:
    return "/" + location.split("#", 1)[0]


def unique_search_term(site: Site) -> tuple[str, str]:
    """A word that the search index has on exactly one page, and that page."""
    index = json.loads((site.directory / "search/search_index.json").read_text())
    pages_of: dict[str, set[str]] = defaultdict(set)
    spelling: dict[str, str] = {}  # as first written, to type it that way
    for doc in index["docs"]:
        text = re.sub(r"<[^>]+>", " ", f"{doc['title']} {doc['text']}")
        for word in re.findall(r"[A-Za-z][A-Za-z_]{5,}", text):
            pages_of[word.lower()].add(_page_of(doc["location"]))
            spelling.setdefault(word.lower(), word)
    for term in PREFERRED_TERMS:
        if len(pages_of.get(term.lower(), ())) == 1:
            return term, next(iter(pages_of[term.lower()]))
    # Otherwise the longest word found on one page only (ties: alphabetical).
    candidates = sorted(
        (w for w, pages in pages_of.items() if len(pages) == 1 and "_" not in w),
        key=lambda w: (-len(w), w),
    )
    if not candidates:
        pytest.fail("no word of the search index is found on one page only")
    return spelling[candidates[0]], next(iter(pages_of[candidates[0]]))


def test_search_finds_a_page_and_leads_to_it(
    browser, site: Site, report_property
) -> None:
    term, expected = unique_search_term(site)
    report_property("note", f"search: {term!r} lists {expected} and leads there")
    visit = open_page(browser, site, "/")
    page = visit.page
    try:
        box = page.locator("input.md-search__input")
        # fill() does not fire the events Material listens to; typing does.
        box.click()
        box.press_sequentially(term, delay=30)
        results = page.locator(".md-search-result__list a.md-search-result__link")
        results.first.wait_for(timeout=20_000)
        hrefs = results.evaluate_all("links => links.map(a => a.href)")
        paths = [urlsplit(h).path for h in hrefs]
        assert expected in paths, f"searching {term!r}: results {paths}, not {expected}"
        results.nth(paths.index(expected)).click()
        page.wait_for_url(lambda url: urlsplit(url).path == expected, timeout=10_000)
        problems = visit.problems()
    finally:
        visit.close()
    assert not problems, "\n".join(problems)


def _first_snippet_block(site: Site) -> tuple[str, str]:
    """The first page, in sitemap order, with a code block titled snippets/…."""
    for path in site.pages:
        html = site.file_for(site.url(path)).read_text(encoding="utf-8")
        match = re.search(r'<span class="filename">(snippets/[^<]+)</span>', html)
        if match:
            return path, match[1]
    pytest.fail("no page has a code block titled with a snippets/ path")


def test_code_block_title_is_its_snippet_path(browser, site: Site) -> None:
    page_path, title = _first_snippet_block(site)
    visit = open_page(browser, site, page_path, settle=False)
    try:
        shown = visit.page.locator(SNIPPET_TITLE).first
        assert shown.is_visible(), f"{page_path}: the code block title is hidden"
        assert shown.inner_text().strip() == title
        assert (ROOT / title).is_file(), f"{page_path}: title {title} is not a file"
    finally:
        visit.close()


def test_copy_button_copies_the_snippet_file(
    browser, site: Site, report_property
) -> None:
    page_path, title = _first_snippet_block(site)
    report_property("note", f"copy button: {title} on {page_path}")
    visit = open_page(
        browser,
        site,
        page_path,
        settle=False,
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = visit.page
    try:
        block = page.locator(f"{SNIPPET_TITLE}:text-is('{title}')").first.locator("..")
        block.hover()
        block.locator("button.md-code__button[data-md-type=copy]").click()
        copied = page.evaluate("navigator.clipboard.readText()")
        problems = visit.problems()
    finally:
        visit.close()
    expected = Path(ROOT / title).read_text(encoding="utf-8")
    # Material drops the file's final newline; every other character must match.
    assert copied == expected.removesuffix("\n"), f"copied text differs from {title}"
    assert not problems, "\n".join(problems)


def _click_toggle_until(page, wanted: str) -> None:
    """Click the header's scheme toggle until Material shows ``wanted``."""
    toggle = page.locator("[data-md-component=palette] label:not([hidden])")
    for _ in range(3):  # three palettes: automatic, light, dark
        if color_scheme(page) == wanted:
            return
        before = toggle.get_attribute("for")
        toggle.click()
        # Each click selects the next palette and shows the next toggle.
        page.wait_for_function(
            """before => document.querySelector(
                '[data-md-component=palette] label:not([hidden])'
            ).htmlFor !== before""",
            arg=before,
        )
    assert color_scheme(page) == wanted, f"the toggle never showed {wanted!r}"


def test_scheme_toggle_switches_and_is_remembered(browser, site: Site) -> None:
    visit = open_page(browser, site, "/", scheme="light", settle=False)
    page = visit.page
    try:
        assert color_scheme(page) == "default"
        _click_toggle_until(page, "slate")
        page.reload()
        assert color_scheme(page) == "slate", "dark was forgotten on reload"
        # With the system dark as well, choosing light must survive a reload.
        page.emulate_media(color_scheme="dark")
        _click_toggle_until(page, "default")
        page.reload()
        assert color_scheme(page) == "default", "light was forgotten on reload"
        problems = visit.problems()
    finally:
        visit.close()
    assert not problems, "\n".join(problems)


def test_content_tabs_switch(browser, site: Site, report_property) -> None:
    with_tabs = [
        path
        for path in site.pages
        if 'class="tabbed-set' in site.file_for(site.url(path)).read_text("utf-8")
    ]
    assert with_tabs, 'no page has content tabs (=== "Tab" blocks)'
    report_property("note", f"content tabs: first tab set on {with_tabs[0]}")
    visit = open_page(browser, site, with_tabs[0], settle=False)
    page = visit.page
    try:
        tabs = page.locator(".tabbed-set").first
        labels = tabs.locator(".tabbed-labels > label")
        blocks = tabs.locator(".tabbed-content > .tabbed-block")
        assert labels.count() >= 2, "the first tab set has a single tab"
        assert blocks.nth(0).is_visible() and not blocks.nth(1).is_visible()
        labels.nth(1).click()
        assert blocks.nth(1).is_visible(), "the second tab did not show"
        assert not blocks.nth(0).is_visible(), "the first tab stayed visible"
        problems = visit.problems()
    finally:
        visit.close()
    assert not problems, "\n".join(problems)


def _longest_page(site: Site) -> str:
    return max(site.pages, key=lambda p: site.file_for(site.url(p)).stat().st_size)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots(browser, site: Site, artifacts: Path, scheme: str) -> None:
    """Home page and the longest page, and the home page on a phone with its
    navigation drawer open, for a person to look at."""
    for path in ("/", _longest_page(site)):
        visit = open_page(browser, site, path, scheme=scheme, settle=False)
        try:
            name = path.strip("/") or "home"
            visit.page.screenshot(
                path=artifacts / f"{name}-{scheme}.png", full_page=True
            )
        finally:
            visit.close()
    visit = open_page(browser, site, "/", scheme=scheme, viewport=PHONE, settle=False)
    try:
        visit.page.screenshot(path=artifacts / f"home-phone-{scheme}.png")
        visit.page.locator("label.md-header__button[for='__drawer']").click()
        visit.page.wait_for_timeout(400)  # the drawer slides in for 250 ms
        visit.page.screenshot(path=artifacts / f"home-phone-drawer-{scheme}.png")
    finally:
        visit.close()
