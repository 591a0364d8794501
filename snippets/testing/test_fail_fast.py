# /// script
# dependencies = ["pytest>=8.3,<10"]
# ///
"""A test that would hang fails after a time limit instead."""

import asyncio
import threading

import pytest


@pytest.mark.asyncio
async def test_reply_within_half_a_second() -> None:
    reply = asyncio.Event()  # nothing ever sets it: the bug under test
    async with asyncio.timeout(0.5):  # Python 3.11+
        await reply.wait()


@pytest.mark.timeout(1)  # pytest-timeout: fail this test after 1 s
def test_deadlock_is_stopped() -> None:
    lock = threading.Lock()
    with lock:
        lock.acquire()  # a Lock is not re-entrant: this waits for ever
