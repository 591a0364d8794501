# /// script
# dependencies = ["pytest>=8.3,<10", "pytest-asyncio>=1,<2"]
# ///
"""Fixtures that fail a test which leaves a thread or a task running."""

import asyncio
import threading
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio


@pytest.fixture(autouse=True)
def no_thread_left() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    left = [t for t in threading.enumerate() if t not in before]
    for thread in left:
        thread.join(timeout=1)  # a thread on its way out gets a moment
    if running := [t.name for t in left if t.is_alive()]:
        pytest.fail(f"threads left running: {running}")


def loop_scope_of(test: pytest.Item) -> str:
    """The loop pytest-asyncio runs this test in: its marker's, else the default."""
    marker = test.get_closest_marker("asyncio")
    scope = marker.kwargs.get("loop_scope") if marker else None
    return scope or test.config.getini("asyncio_default_test_loop_scope") or "function"


@pytest_asyncio.fixture
async def no_task_left(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    # In a loop shared with longer-lived fixtures, their tasks (a server's
    # connection handlers) are alive too: this check would take them for leaks.
    if (scope := loop_scope_of(request.node)) != "function":
        pytest.fail(f"no_task_left needs the test's own loop, not a {scope} loop")
    yield
    # pytest-asyncio runs the test and this teardown as separate tasks of the
    # test's own loop, so whatever else is alive now, the test left behind.
    left = asyncio.all_tasks() - {asyncio.current_task()}
    for task in left:
        task.cancel()
    if left:
        pytest.fail(f"tasks left running: {sorted(t.get_name() for t in left)}")


def test_poller_left_running() -> None:
    stop = threading.Event()
    poller = threading.Thread(target=stop.wait, name="poller", daemon=True)
    poller.start()  # the test forgets stop.set() and poller.join()


@pytest.mark.asyncio
@pytest.mark.usefixtures("no_task_left")
async def test_heartbeat_left_running() -> None:
    asyncio.create_task(asyncio.Event().wait(), name="heartbeat")  # noqa: RUF006


@pytest.mark.asyncio
@pytest.mark.usefixtures("no_task_left")
async def test_heartbeat_awaited() -> None:
    async with asyncio.TaskGroup() as group:  # the group waits for its tasks
        group.create_task(asyncio.sleep(0), name="heartbeat")


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.usefixtures("no_task_left")
async def test_heartbeat_in_shared_loop() -> None:
    asyncio.create_task(asyncio.Event().wait(), name="heartbeat")  # noqa: RUF006
