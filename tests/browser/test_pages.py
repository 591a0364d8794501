"""Every page of the build, in Chromium, as a reader on a desktop and on a phone.

The pages come from the build's sitemap, so a page added to the nav is tested
without touching this file. Each visit also fails on console errors, failed
requests and requests leaving the machine (see browse.py). Every test runs on
each engine chosen with --engine (conftest.py); the checks read what the
reader sees (colours, roles, names, text), not one theme's class names.
"""

from __future__ import annotations

import contextlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.browse import shown_scheme, visit, wait_for_scheme

SCHEMES = ("light", "dark")
BLOCKING = {"serious", "critical"}
AXE = Axe()


def axe_problems(page: Page) -> list[str]:
    """axe-core on the whole page: its serious and critical violations."""
    violations = AXE.run(page).response["violations"]
    return [
        f"axe {v['impact']} {v['id']}: {node['target']} "
        + (node.get("failureSummary") or "").replace("\n", " ")
        for v in violations
        if v["impact"] in BLOCKING
        for node in v["nodes"][:5]
    ]


# axe's colour-contrast rule takes most of a minute per scheme on the longest
# pages of a loaded 2-core machine; pyproject's 120 s limit is for snippets.
@pytest.mark.timeout(400)
def test_page_loads_cleanly_and_passes_axe_in_both_schemes(
    browser, site, page_path: str
) -> None:
    """The reader's system starts light, then turns dark: the page follows it,
    shows only the images made for that scheme, and axe runs in each scheme
    once every colour transition has ended."""
    with visit(browser, site, page_path) as seen:
        page = seen.page
        for scheme in SCHEMES:
            page.emulate_media(color_scheme=scheme)
            try:
                wait_for_scheme(page, scheme)
            except PlaywrightTimeoutError:
                shown = shown_scheme(page)
                seen.problems.append(f"{scheme} preference shows a {shown} page")
            with contextlib.suppress(PlaywrightTimeoutError):
                page.wait_for_function(
                    "document.getAnimations().every(a => a.playState !== 'running')",
                    timeout=5000,
                )
            seen.problems += [f"{scheme}: {p}" for p in wrong_scheme_images(page)]
            seen.problems += [f"{scheme}: {p}" for p in axe_problems(page)]


def wrong_scheme_images(page: Page) -> list[str]:
    """Images marked #only-light or #only-dark (the site's convention for a
    chart drawn twice) that the reader sees in the other scheme, and those
    of the reader's scheme that are hidden (outside a closed details block)."""
    shown = shown_scheme(page)
    other = "dark" if shown == "light" else "light"
    images = page.evaluate(
        """() => [...document.images]
            .filter(i => /#only-(light|dark)$/.test(i.getAttribute("src") || ""))
            .filter(i => !i.closest("details:not([open])"))
            .map(i => [i.getAttribute("src"), i.getClientRects().length > 0
                && getComputedStyle(i).visibility !== "hidden"])"""
    )
    return [
        f"image for the {other} scheme shown: {src}"
        if visible
        else f"image for the {shown} scheme hidden: {src}"
        for src, visible in images
        if src.endswith(f"#only-{other if visible else shown}")
    ]


# Text a template placeholder leaves on the page when nothing filled it in:
# {{ figure("key") }} (benchmarks/figures_markdown.py). Code may show the
# syntax itself (CONTRIBUTING does), so only text outside code is read.
UNFILLED = "{{ figure("
READER_TEXT = """() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.closest("code, pre, script, style")) {
            found.push(node.textContent);
        }
    }
    return found.join(" ");
}"""


def test_page_fits_a_phone_and_its_drawer_opens(browser, site, page_path: str) -> None:
    """No sideways scrolling at 375 px; the menu button shows the navigation;
    no unfilled {{ figure(…) }} placeholder in the text."""
    with visit(browser, site, page_path, phone=True, settle=False) as seen:
        page = seen.page
        width, viewport = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if width > viewport:
            seen.problems.append(f"page is {width} px wide in a {viewport} px viewport")
        text = page.evaluate(READER_TEXT)
        if UNFILLED in text:
            start = text.index(UNFILLED)
            seen.problems.append(f"unfilled placeholder: {text[start : start + 60]!r}")
        # The header's menu button (the only control in the header that opens
        # the drawer, checkbox #__drawer, on both engines).
        page.get_by_role("banner").locator("label[for='__drawer']").click()
        # The drawer slides in: wait until the site navigation is on screen.
        nav = page.get_by_role("navigation", name="Navigation").first
        page.wait_for_function(
            """nav => {
                const box = nav.getBoundingClientRect();
                return box.width > 0 && box.left >= 0 && box.right <= innerWidth;
            }""",
            arg=nav.element_handle(),
            timeout=10_000,
        )
        if not nav.get_by_role("link").first.is_visible():
            seen.problems.append("drawer opened but shows no navigation link")
