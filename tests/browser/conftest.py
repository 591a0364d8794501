"""Fixtures for the browser tests: the site, served, and Chromium.

Run with ``nox -s browser`` (pyproject's ``addopts`` leaves this folder out).
Each pytest-xdist worker builds and serves the site once per engine, at
collection, so that every page of its sitemap becomes a test of its own.
``--engine mkdocs`` (the default), ``--engine zensical`` or both (repeat the
option) choose the builds; every test id names its engine: ``[zensical:/asyncio/]``.
"""

from __future__ import annotations

import atexit
import functools
from collections.abc import Iterator

import pytest

from tests.browser.site import ENGINES, Engine, Site, build_and_serve
from tools import chromium


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        action="append",
        choices=ENGINES,
        help="build the site with this engine (repeat for both; default: mkdocs)",
    )


def engines(config: pytest.Config) -> list[Engine]:
    return list(dict.fromkeys(config.getoption("engine") or ["mkdocs"]))


@functools.cache
def built_site(engine: Engine) -> Site:
    site = build_and_serve(engine)
    atexit.register(site.close)
    return site


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "site" not in metafunc.fixturenames:
        return
    chosen = engines(metafunc.config)
    if "page_path" in metafunc.fixturenames:
        pairs = [(e, p) for e in chosen for p in built_site(e).pages]
        ids = [f"{e}:{p}" for e, p in pairs]
        metafunc.parametrize(("engine", "page_path"), pairs, ids=ids)
    else:
        metafunc.parametrize("engine", chosen, ids=chosen)


@pytest.fixture
def site(engine: Engine) -> Site:
    return built_site(engine)


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
