# /// script
# dependencies = ["pytest>=8.3,<10", "pytest-asyncio>=1,<2", "aiohttp>=3.11,<4"]
# ///
"""Async tests with pytest-asyncio (1.x) and AnyIO, against a real local server."""

import asyncio
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer


async def hello(request: web.Request) -> web.Response:
    return web.Response(text="hello")


# One server for the whole module: starting it once per test would be slow.
# Its loop must live as long as it does, hence loop_scope="module".
@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def client() -> AsyncIterator[TestClient[web.Request, web.Application]]:
    app = web.Application()
    app.router.add_get("/", hello)
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as client:
        yield client


@pytest.mark.asyncio(loop_scope="module")
async def test_hello(client: TestClient[web.Request, web.Application]) -> None:
    response = await client.get("/")
    assert await response.text() == "hello"


@pytest.mark.asyncio  # the default loop scope: a fresh loop for this test alone
async def test_hello_from_another_loop(
    client: TestClient[web.Request, web.Application],
) -> None:
    response = await client.get("/")
    assert await response.text() == "hello"


@pytest.mark.asyncio
async def test_gather_keeps_order() -> None:
    results = await asyncio.gather(asyncio.sleep(0.02, "a"), asyncio.sleep(0, "b"))
    assert results == ["a", "b"]


@pytest.mark.anyio  # AnyIO's own plugin: no pytest-asyncio needed for this one
async def test_with_anyio() -> None:
    assert await asyncio.sleep(0, "anyio") == "anyio"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"  # AnyIO could also run the test on trio
