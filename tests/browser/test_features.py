"""What a reader does once: search, read a code block's title and copy it,
switch the colour scheme, switch content tabs, follow the navigation.

Each test runs on every engine chosen with --engine (conftest.py) and finds
things as a reader does: by role, accessible name, title or visible text, not
by one theme's class names. Where the engines differ, the test says which.
"""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import urlsplit

from playwright.sync_api import Page

from tests.browser.browse import search, shown_scheme, visit, wait_for_scheme
from tests.browser.site import Site, search_index
from tools.paths import ROOT


def unique_search_term(site: Site) -> tuple[str, str]:
    """The longest word that the search index has on one page only, and that page.

    Words are split as the index says its search splits them; a token such as
    ``asyncio.run()`` is not a word, and searching part of it finds nothing.
    """
    separator, entries = search_index(site)
    pages_of: dict[str, set[str]] = defaultdict(set)
    spelling: dict[str, str] = {}  # as first written, to type it that way
    for doc in entries:
        text = re.sub(r"<[^>]+>", " ", f"{doc['title']} {doc['text']}")
        for word in re.split(separator, text):
            if re.fullmatch(r"[A-Za-z]{6,}", word):
                pages_of[word.lower()].add("/" + doc["location"].split("#")[0])
                spelling.setdefault(word.lower(), word)
    unique = sorted(
        (w for w, p in pages_of.items() if len(p) == 1), key=lambda w: (-len(w), w)
    )
    assert unique, "no word of the search index is found on one page only"
    return spelling[unique[0]], next(iter(pages_of[unique[0]]))


def test_search_finds_a_page_and_leads_to_it(browser, site: Site) -> None:
    term, expected = unique_search_term(site)
    with visit(browser, site, "/") as seen:
        page = seen.page
        results = search(page, term)
        paths = [
            urlsplit(h).path for h in results.evaluate_all("l => l.map(a => a.href)")
        ]
        assert expected in paths, f"searching {term!r}: results {paths}, not {expected}"
        results.nth(paths.index(expected)).click()
        page.wait_for_url(lambda url: urlsplit(url).path == expected, timeout=10_000)


def test_code_block_shows_its_snippet_path_and_copies_that_file(
    browser, site: Site
) -> None:
    """The first block titled snippets/… (pages in sitemap order)."""
    pattern = r'<span class="filename">(snippets/[^<]+)</span>'
    found = [(p, m[1]) for p in site.pages if (m := re.search(pattern, site.html(p)))]
    assert found, "no page has a code block titled with a snippets/ path"
    page_path, title = found[0]
    permissions = ["clipboard-read", "clipboard-write"]
    with visit(browser, site, page_path, settle=False, permissions=permissions) as seen:
        shown = seen.page.get_by_text(title, exact=True).first
        assert shown.is_visible(), f"{page_path}: the title {title} is hidden"
        block = shown.locator("..")  # the title and its code
        block.hover()
        block.get_by_role("button", name="Copy to clipboard").click()
        copied = seen.page.evaluate("navigator.clipboard.readText()")
    # The themes drop the file's final newline; every other character must match.
    expected = (ROOT / title).read_text(encoding="utf-8").removesuffix("\n")
    assert copied == expected, f"{page_path}: copied text differs from {title}"


def _click_toggle_until(page: Page, wanted: str) -> None:
    """Click the header's scheme toggle until the page shows ``wanted``.

    The toggle is the visible header control titled "Switch to …"; each click
    selects the next palette (automatic, light, dark) and shows the next one.
    """
    toggles = page.get_by_role("banner").get_by_title(re.compile(r"^Switch to "))
    for _ in range(3):
        if shown_scheme(page) == wanted:
            return
        toggle = toggles.filter(visible=True).first
        before = toggle.get_attribute("title")
        toggle.click()
        page.wait_for_function(
            """before => [...document.querySelectorAll("header [title^='Switch to ']")]
                .some(t => t.checkVisibility() && t.title !== before)""",
            arg=before,
        )
    wait_for_scheme(page, wanted)


def test_scheme_choice_survives_a_reload(browser, site: Site) -> None:
    with visit(browser, site, "/", scheme="light", settle=False) as seen:
        page = seen.page
        assert shown_scheme(page) == "light"
        _click_toggle_until(page, "dark")
        page.reload()
        assert shown_scheme(page) == "dark", "dark was forgotten on reload"
        # With the system dark as well, choosing light must survive a reload.
        page.emulate_media(color_scheme="dark")
        _click_toggle_until(page, "light")
        page.reload()
        assert shown_scheme(page) == "light", "light was forgotten on reload"


def test_content_tabs_switch(browser, site: Site) -> None:
    """pymdownx.tabbed writes the same markup for both engines (.tabbed-set);
    the reader clicks the second tab's label and sees its content instead."""
    with_tabs = [p for p in site.pages if 'class="tabbed-set' in site.html(p)]
    assert with_tabs, 'no page has content tabs (=== "Tab" blocks)'
    with visit(browser, site, with_tabs[0], settle=False) as seen:
        tabs = seen.page.locator(".tabbed-set").first
        labels = tabs.locator(".tabbed-labels > label")
        blocks = tabs.locator(".tabbed-content > .tabbed-block")
        assert labels.count() >= 2, "the first tab set has a single tab"
        assert blocks.nth(0).is_visible() and not blocks.nth(1).is_visible()
        labels.nth(1).click()
        assert blocks.nth(1).is_visible(), "the second tab did not show"
        assert not blocks.nth(0).is_visible(), "the first tab stayed visible"


def test_navigation_replaces_the_page_without_reloading_it(browser, site: Site) -> None:
    """navigation.instant: the next page is fetched and swapped in, so the
    window (and anything a script kept in it) stays the same."""
    first, second = site.pages[0], site.pages[1]
    with visit(browser, site, first) as seen:
        page = seen.page
        page.evaluate("window.readerWasHere = true")
        links = page.get_by_role("navigation", name="Navigation").first.get_by_role(
            "link"
        )
        paths = [
            urlsplit(h).path for h in links.evaluate_all("l => l.map(a => a.href)")
        ]
        link = links.nth(paths.index(second))
        title = link.inner_text().strip()
        link.click()
        page.wait_for_url(lambda url: urlsplit(url).path == second, timeout=10_000)
        page.get_by_role("heading", level=1).first.wait_for()
        assert page.evaluate("window.readerWasHere === true"), (
            f"following {title!r} reloaded the whole page"
        )
