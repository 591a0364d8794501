"""Open a page in Chromium as a reader would, and fail on what would break for them.

``visit()`` loads a page in a fresh context (empty cache, no stored palette,
no service worker). When the ``with`` block ends it fails the test on
anything the reader's browser ran into: a console error, an uncaught
exception, a failed request, an HTTP error, or a request to any host but the
local server (a reader may be offline, and the site promises it works then).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Locator, Page

from tests.browser.site import Site

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
LOCAL_SCHEMES = {"data", "blob", "about"}  # never touch the network


@dataclass
class Visit:
    page: Page
    problems: list[str] = field(default_factory=list)


@contextlib.contextmanager
def visit(
    browser: Browser,
    site: Site,
    path: str,
    *,
    scheme: str = "light",
    phone: bool = False,
    settle: bool = True,
    **options,
) -> Iterator[Visit]:
    """``path`` loaded; a test adds its own findings to ``.problems``."""
    context = browser.new_context(
        viewport=PHONE if phone else DESKTOP,
        color_scheme=scheme,
        is_mobile=phone,
        has_touch=phone,
        service_workers="block",  # none could answer instead of the server
        **options,
    )
    page = context.new_page()
    seen = Visit(page)
    report = seen.problems.append

    def on_request(request) -> None:
        parts = urlsplit(request.url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if parts.scheme not in LOCAL_SCHEMES and origin != site.origin:
            report(f"request to another host: {request.url}")

    def on_failed(request) -> None:
        # A reload or a navigation cancels what is still loading (the favicon,
        # say): net::ERR_ABORTED is the browser's choice, not a broken asset.
        # A missing file answers with an HTTP status, caught below.
        if request.failure != "net::ERR_ABORTED":
            report(f"request failed: {request.url} ({request.failure})")

    def on_response(response) -> None:
        if response.status >= 400:
            report(f"HTTP {response.status}: {response.url}")

    def on_console(message) -> None:
        if message.type == "error":
            report(f"console error: {message.text} ({message.location.get('url')})")

    context.on("request", on_request)  # the page's and its workers'
    context.on("requestfailed", on_failed)
    context.on("response", on_response)
    page.on("console", on_console)
    page.on("pageerror", lambda error: report(f"uncaught exception: {error}"))
    try:
        page.goto(site.url(path), wait_until="load")
        if settle:
            # The search worker fetches its index and instant navigation the
            # sitemap after load: wait for them so that they are checked too.
            page.wait_for_load_state("networkidle")
        yield seen
        problems = list(seen.problems)
    finally:
        context.close()
    assert not problems, f"{path}:\n" + "\n".join(problems)


# What the reader sees: the page's background, dark or light. Read from the
# screen rather than from a theme's attribute, so that it holds on both engines.
SHOWN_SCHEME = """() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor
        .match(/[\\d.]+/g).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? "dark" : "light";
}"""


def shown_scheme(page: Page) -> str:
    """ "light" or "dark": the page's background as the reader sees it."""
    return page.evaluate(SHOWN_SCHEME)


def wait_for_scheme(page: Page, wanted: str, timeout: float = 5000) -> None:
    """Until the page shows ``wanted`` ("light" or "dark")."""
    page.wait_for_function(
        f"wanted => ({SHOWN_SCHEME})() === wanted", arg=wanted, timeout=timeout
    )


def search(page: Page, text: str) -> Locator:
    """Type ``text`` into the site's search as a reader does; the results.

    Zensical's header has a Search button that opens its dialog, and lists
    results as options of a listbox; Material's header shows the box itself,
    and its dialog lists links.
    """
    opener = page.get_by_role("banner").get_by_role("button", name="Search")
    if opener.count() and opener.first.is_visible():
        opener.first.click()
    box = page.get_by_role("combobox", name="Search").or_(
        page.get_by_role("textbox", name="Search")
    )
    box = box.filter(visible=True).first
    box.click()  # fill() does not fire the events the themes listen to
    box.press_sequentially(text, delay=30)
    results = page.get_by_role("option").or_(
        page.get_by_role("dialog", name="Search").get_by_role("link")
    )
    results.first.wait_for(timeout=20_000)
    return results
