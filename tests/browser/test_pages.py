"""Every page of the build, in Chromium, as a reader on a desktop and a phone.

The pages come from the build's sitemap, so a page added to the nav is tested
without touching this file.
"""

from __future__ import annotations

import contextlib

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.browse import PHONE, color_scheme, open_page
from tests.browser.site import Site

SCHEMES = {"light": "default", "dark": "slate"}  # reader's preference -> Material's
BLOCKING = {"serious", "critical"}
AXE = Axe()


def _axe_problems(page, page_path: str, scheme: str, report_property) -> list[str]:
    """Run axe-core on the whole page; serious and critical violations fail."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE.axe_script)
    violations = page.evaluate("axe.run(document, {resultTypes: ['violations']})")[
        "violations"
    ]
    counts: dict[str, int] = {}
    problems = []
    for violation in violations:
        impact = violation.get("impact") or "unknown"
        counts[impact] = counts.get(impact, 0) + len(violation["nodes"])
        if impact in BLOCKING:
            for node in violation["nodes"][:5]:
                summary = (node.get("failureSummary") or "").replace("\n", " ")
                problems.append(
                    f"axe {impact} {violation['id']}: {node['target']} {summary}"
                )
    report_property(
        "axe_counts", {"page": page_path, "scheme": scheme, "counts": counts}
    )
    return problems


def _record_figures(visit, site: Site, page_path: str, report_property) -> None:
    timing = visit.page.evaluate(
        """() => {
            const nav = performance.getEntriesByType('navigation')[0];
            return {dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd};
        }"""
    )
    sent = unpacked = html = 0
    for request in visit.requests:
        if request.response() is None:
            continue
        sizes = request.sizes()
        sent += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        file = site.file_for(request.url)
        if file is not None:
            unpacked += file.stat().st_size
            if request.resource_type == "document":
                html += file.stat().st_size
    figures = {
        "page": page_path,
        "requests": len(visit.requests),
        "bytes": sent,
        "unpacked": unpacked,
        "html": html,
        "dcl": timing["dcl"],
        "load": timing["load"],
    }
    report_property("page_figures", figures)


def test_page_desktop(browser, site: Site, page_path: str, report_property) -> None:
    """Loads cleanly, only from the local server, and passes axe in both schemes.

    The page opens with the reader's system set to light, then the system
    switches to dark: Material follows it, and axe runs again once every
    colour transition has ended.
    """
    visit = open_page(browser, site, page_path, scheme="light")
    page = visit.page
    problems: list[str] = []
    try:
        _record_figures(visit, site, page_path, report_property)
        for scheme, material_scheme in SCHEMES.items():
            if scheme == "dark":
                page.emulate_media(color_scheme="dark")
            try:
                page.wait_for_function(
                    "s => document.body.getAttribute('data-md-color-scheme') === s",
                    arg=material_scheme,
                    timeout=5000,
                )
            except PlaywrightTimeoutError:
                shown = color_scheme(page)
                problems.append(f"{scheme} preference shows scheme {shown!r}")
            with contextlib.suppress(PlaywrightTimeoutError):
                page.wait_for_function(
                    "document.getAnimations().every(a => a.playState !== 'running')",
                    timeout=5000,
                )
            problems += [
                f"{scheme}: {p}"
                for p in _axe_problems(page, page_path, scheme, report_property)
            ]
        problems = visit.problems() + problems
    finally:
        visit.close()
    assert not problems, f"{page_path}:\n" + "\n".join(problems)


def test_page_phone(browser, site: Site, page_path: str) -> None:
    """No sideways scrolling at 375 px, and the navigation drawer opens."""
    visit = open_page(browser, site, page_path, viewport=PHONE, settle=False)
    page = visit.page
    problems: list[str] = []
    try:
        widths = page.evaluate(
            "[document.documentElement.scrollWidth, window.innerWidth]"
        )
        if widths[0] > widths[1]:
            problems.append(f"page is {widths[0]} px wide in a {widths[1]} px viewport")
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
        if not page.locator("#__drawer").is_checked():
            problems.append("drawer toggle is not checked after a tap")
        if not page.locator(".md-sidebar--primary .md-nav__link").first.is_visible():
            problems.append("drawer opened but shows no navigation link")
        # Errors raised while the drawer opened count too.
        problems = visit.problems() + problems
    finally:
        visit.close()
    assert not problems, f"{page_path} (phone):\n" + "\n".join(problems)
