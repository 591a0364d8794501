"""Fixtures for the browser tests: the built site, served, and Chromium.

Run with ``nox -s browser`` (the default pytest run leaves this folder out:
see ``addopts`` in pyproject.toml). Each test process (each pytest-xdist
worker) builds and serves the site once, at collection, so that every page of
the build, read from its sitemap, becomes a test of its own.
"""

from __future__ import annotations

import atexit
import functools
from collections.abc import Iterator

import pytest

from tests.browser.site import Site, build_and_serve
from tools import chromium


@functools.cache
def built_site() -> Site:
    site = build_and_serve()
    atexit.register(site.close)
    return site


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        pages = built_site().pages
        metafunc.parametrize("page_path", pages, ids=pages)


@pytest.fixture(scope="session")
def site() -> Site:
    return built_site()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    path = chromium.find()
    if path is None:
        message = f"Chromium not found: {chromium.INSTALL_HINT}."
        if chromium.on_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # launch() gives every run a fresh, temporary user-data dir of its own.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=chromium.ARGS
        )
        yield browser
        browser.close()
