"""What a reader does once: search an error message, read a code block's title
and copy it, switch the colour scheme, switch content tabs, follow a link.

Each test runs on every engine chosen with --engine (conftest.py) and finds
things as a reader does: by role, accessible name, title or visible text, not
by one theme's class names. Where the engines differ, the test says which.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from playwright.sync_api import Page

from tests.browser.browse import search, shown_scheme, visit, wait_for_scheme
from tests.browser.site import Site
from tools.paths import ROOT


def test_searching_an_error_message_leads_to_its_entry(browser, site: Site) -> None:
    """Readers arrive with an error pasted into the search box."""
    message = "Task was destroyed but it is pending"
    want = ("/errors/", "task-was-destroyed-but-it-is-pending")
    with visit(browser, site, "/") as seen:
        results = search(seen.page, message)
        hrefs = results.evaluate_all(
            "l => l.map(a => a.href || a.querySelector('a')?.href || '')"
        )
        found = [(urlsplit(h).path, urlsplit(h).fragment) for h in hrefs]
        assert want in found, f"searching {message!r} gave {found}, not {want}"
        results.nth(found.index(want)).click()
        seen.page.wait_for_url(lambda url: urlsplit(url).path == want[0])
        assert message in seen.page.locator(f"#{want[1]}").inner_text()


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


def test_home_leads_to_the_questions_without_reloading(browser, site: Site) -> None:
    """navigation.instant: the next page is fetched and swapped in, so the
    window (and anything a script kept in it) stays the same."""
    with visit(browser, site, "/") as seen:
        page = seen.page
        page.evaluate("window.readerWasHere = true")
        page.get_by_role("main").get_by_role("link", name="Questions").first.click()
        page.wait_for_url(lambda url: urlsplit(url).path == "/questions/")
        page.get_by_role("heading", level=1).first.wait_for()
        assert page.evaluate("window.readerWasHere === true"), (
            "following the link to Questions reloaded the whole page"
        )
