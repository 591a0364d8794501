"""Fixtures for the browser tests: the served site, Chromium, and the report.

Run with ``nox -s browser`` or ``pytest tests/browser`` (the default pytest run
leaves this folder out: see ``addopts`` in pyproject.toml). The site is built
and served once, before collection, so that every page of the build (from its
sitemap) becomes a test of its own; with pytest-xdist the controller serves it
to all workers.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.site import INSTALL_HINT, ROOT, Site, build_and_serve, find_chromium

ARTIFACTS = ROOT / "test-artifacts"
# Without these Chromium calls home at start (updates, sync, field trials).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
SESSION_START = time.perf_counter()
# Filled from the tests' user_properties (which pytest-xdist sends from its
# workers to the controller), printed at the end of the run.
PAGE_FIGURES: dict[str, dict[str, float]] = {}
AXE_COUNTS: dict[tuple[str, str], dict[str, int]] = {}
LINK_REPORT: list[dict] = []
BUILD_SECONDS: list[float] = []
NOTES: list[str] = []

_config: pytest.Config | None = None
_site: Site | None = None
_build_error: str | None = None


def get_site() -> Site:
    """The site, built and served once per run.

    Under pytest-xdist the controller builds and serves it, and hands its
    address to the workers (see pytest_configure_node).
    """
    global _site, _build_error
    if _build_error:
        raise RuntimeError(_build_error)
    if _site is None:
        shared = getattr(_config, "workerinput", {}).get("browser_site")
        if shared:
            _site = Site.from_dict(shared)
        else:
            try:
                _site = build_and_serve()
            except RuntimeError as error:
                _build_error = str(error)
                raise
            atexit.register(_site.close)
    return _site


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """pytest-xdist: build and serve once, in the controller, for all workers."""
    # On a failed build each worker tries again and reports it as an error.
    with contextlib.suppress(RuntimeError):
        node.workerinput["browser_site"] = get_site().to_dict()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        pages = get_site().pages
        metafunc.parametrize("page_path", pages, ids=pages)


@pytest.fixture(scope="session")
def site() -> Site:
    return get_site()


@pytest.fixture
def report_property(request: pytest.FixtureRequest):
    """Attach a value to this test's report, for the summary at the end."""
    return lambda name, value: request.node.user_properties.append((name, value))


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = find_chromium()
    if path is None:
        message = f"Chromium not found: {INSTALL_HINT}."
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    # launch() gives every run a fresh, temporary user-data dir of its own.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def pytest_configure(config: pytest.Config) -> None:
    global _config
    _config = config
    # Screenshots of an earlier run would be listed as if they were new.
    if not hasattr(config, "workerinput") and ARTIFACTS.is_dir():
        for old in ARTIFACTS.glob("*.png"):
            old.unlink()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when != "call":
        return
    for name, value in report.user_properties:
        if name == "page_figures":
            PAGE_FIGURES[value["page"]] = value
        elif name == "axe_counts":
            AXE_COUNTS[(value["page"], value["scheme"])] = value["counts"]
        elif name == "link_report":
            LINK_REPORT.append(value)
        elif name == "build_seconds":
            BUILD_SECONDS.append(value)
        elif name == "note":
            NOTES.append(value)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    write = terminalreporter.write_line
    if PAGE_FIGURES:
        terminalreporter.section("page weight and speed (local server, empty cache)")
        write(
            f"{'page':<18}{'requests':>9}{'KiB sent':>10}{'KiB files':>10}"
            f"{'HTML KiB':>10}{'DCL ms':>8}{'load ms':>9}"
        )
        for page, f in sorted(PAGE_FIGURES.items()):
            write(
                f"{page:<18}{f['requests']:>9.0f}{f['bytes'] / 1024:>10.1f}"
                f"{f['unpacked'] / 1024:>10.1f}{f['html'] / 1024:>10.1f}"
                f"{f['dcl']:>8.0f}{f['load']:>9.0f}"
            )
        write(
            "KiB sent: over the wire, text gzipped as GitHub Pages sends it; "
            "KiB files: the same files unpacked; HTML KiB: the page itself, "
            "unpacked; DCL/load: DOMContentLoaded and load, from navigation start."
        )
    if AXE_COUNTS:
        terminalreporter.section("axe-core")
        for (page, scheme), counts in sorted(AXE_COUNTS.items()):
            summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "none"
            write(f"{page:<18}{scheme:<7} violations: {summary}")
    for report in LINK_REPORT:
        terminalreporter.section("links")
        write(
            f"{report['pages']} HTML files, {report['internal']} internal links "
            f"({report['anchors']} with #anchors) checked; "
            f"problems: {len(report['problems'])}"
        )
        external = report["external"]
        write(f"{len(external)} external links (syntax checked, not fetched):")
        for url, pages in sorted(external.items()):
            write(f"  {url}  ({len(pages)} page{'s' * (len(pages) > 1)})")
    if NOTES:
        terminalreporter.section("checked once")
        for note in sorted(NOTES):
            write(f"  {note}")
    shots = sorted(ARTIFACTS.glob("*.png")) if ARTIFACTS.is_dir() else []
    if shots:
        terminalreporter.section("screenshots")
        for shot in shots:
            write(f"  {shot.relative_to(ROOT)}")
    if _site is not None and _site.server is not None:
        write(f"site build: {_site.build_seconds:.1f} s")
    elif BUILD_SECONDS:
        write(f"site build: {max(BUILD_SECONDS):.1f} s")
    write(f"browser tests wall time: {time.perf_counter() - SESSION_START:.1f} s")
