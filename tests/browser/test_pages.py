"""Every page of the build, in Chromium, as a reader on a desktop and on a phone.

The pages come from the build's sitemap, so a page added to the nav is tested
without touching this file. Each visit also fails on console errors, failed
requests and requests leaving the machine (see browse.py).
"""

from __future__ import annotations

import contextlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.browse import color_scheme, visit

SCHEMES = {"light": "default", "dark": "slate"}  # reader's preference -> Material's
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
    """The reader's system starts light, then turns dark: Material follows it,
    and axe runs in each scheme once every colour transition has ended."""
    with visit(browser, site, page_path) as seen:
        page = seen.page
        for scheme, material_scheme in SCHEMES.items():
            page.emulate_media(color_scheme=scheme)
            try:
                page.wait_for_function(
                    "s => document.body.getAttribute('data-md-color-scheme') === s",
                    arg=material_scheme,
                    timeout=5000,
                )
            except PlaywrightTimeoutError:
                shown = color_scheme(page)
                seen.problems.append(f"{scheme} preference shows scheme {shown!r}")
            with contextlib.suppress(PlaywrightTimeoutError):
                page.wait_for_function(
                    "document.getAnimations().every(a => a.playState !== 'running')",
                    timeout=5000,
                )
            seen.problems += [f"{scheme}: {p}" for p in axe_problems(page)]


def test_page_fits_a_phone_and_its_drawer_opens(browser, site, page_path: str) -> None:
    """No sideways scrolling at 375 px; the menu button shows the navigation."""
    with visit(browser, site, page_path, phone=True, settle=False) as seen:
        page = seen.page
        width, viewport = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if width > viewport:
            seen.problems.append(f"page is {width} px wide in a {viewport} px viewport")
        page.locator("label.md-header__button[for='__drawer']").click()
        # The drawer slides in: wait until the primary sidebar is on screen.
        page.wait_for_function(
            """() => {
                const box = document.querySelector('.md-sidebar--primary')
                    .getBoundingClientRect();
                return box.width > 0 && box.left >= 0 && box.right <= innerWidth;
            }""",
            timeout=10_000,
        )
        if not page.locator(".md-sidebar--primary .md-nav__link").first.is_visible():
            seen.problems.append("drawer opened but shows no navigation link")
