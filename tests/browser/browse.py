"""Open a page in Chromium and record what a reader's browser would do.

Every request of the context is recorded (pages and their workers), with the
console errors, uncaught exceptions, failed requests and HTTP errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import Browser, BrowserContext, Page, Request

from tests.browser.site import Site

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}
# Schemes that never touch the network.
LOCAL_SCHEMES = {"data", "blob", "about"}


@dataclass
class Visit:
    site: Site
    context: BrowserContext
    page: Page
    requests: list[Request] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        """Requests to anything but the local server."""
        foreign = []
        for request in self.requests:
            parts = urlsplit(request.url)
            if parts.scheme in LOCAL_SCHEMES:
                continue
            if f"{parts.scheme}://{parts.netloc}" != self.site.origin:
                foreign.append(request.url)
        return foreign

    def problems(self) -> list[str]:
        return self.errors + [
            f"request to another host: {u}" for u in self.foreign_requests()
        ]

    def close(self) -> None:
        self.context.close()


def new_context(
    browser: Browser, scheme: str = "light", viewport: dict | None = None, **options
) -> BrowserContext:
    phone = viewport == PHONE
    return browser.new_context(
        viewport=viewport or DESKTOP,
        color_scheme=scheme,
        is_mobile=phone,
        has_touch=phone,
        # No service worker could answer instead of the server.
        service_workers="block",
        **options,
    )


def open_page(
    browser: Browser,
    site: Site,
    path: str,
    scheme: str = "light",
    viewport: dict | None = None,
    settle: bool = True,
    **options,
) -> Visit:
    """Load ``path`` in a fresh context (cold cache, no stored palette)."""
    context = new_context(browser, scheme, viewport, **options)
    page = context.new_page()
    visit = Visit(site, context, page)
    context.on("request", lambda r: visit.requests.append(r))

    def on_failed(request) -> None:
        # A reload or a navigation cancels what is still loading (the favicon,
        # say): net::ERR_ABORTED is the browser's choice, not a broken asset.
        # A missing file answers with an HTTP status, caught below.
        if request.failure != "net::ERR_ABORTED":
            visit.errors.append(f"request failed: {request.url} ({request.failure})")

    context.on("requestfailed", on_failed)

    def on_response(response) -> None:
        if response.status >= 400:
            visit.errors.append(f"HTTP {response.status}: {response.url}")

    def on_console(message) -> None:
        if message.type == "error":
            where = message.location.get("url", "")
            visit.errors.append(f"console error: {message.text} ({where})")

    context.on("response", on_response)
    page.on("console", on_console)
    page.on("pageerror", lambda e: visit.errors.append(f"uncaught exception: {e}"))
    page.goto(site.url(path), wait_until="load")
    if settle:
        # The search worker fetches its index and instant navigation the
        # sitemap after load: wait for them so that they are checked too.
        page.wait_for_load_state("networkidle")
    return visit


def color_scheme(page: Page) -> str | None:
    return page.evaluate("document.body.getAttribute('data-md-color-scheme')")
