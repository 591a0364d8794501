# /// script
# dependencies = ["pytest>=8.3,<10"]
# ///
"""Reproduce a race on every run: a Barrier holds both threads at the bad spot."""

import threading
from collections.abc import Callable
from contextlib import suppress

import pytest


class Cache:
    """Loads a value on first use. Unsafe: two threads can both load it."""

    def __init__(self, load: Callable[[str], str]) -> None:
        self._load = load
        self._values: dict[str, str] = {}

    def get(self, key: str) -> str:
        if key not in self._values:  # check ...
            self._values[key] = self._load(key)  # ... then act
        return self._values[key]


class LockedCache(Cache):
    """The fix: check and act under one lock."""

    def __init__(self, load: Callable[[str], str]) -> None:
        super().__init__(load)
        self._lock = threading.Lock()

    def get(self, key: str) -> str:
        with self._lock:
            return super().get(key)


@pytest.mark.parametrize("cache_class", [Cache, LockedCache])
def test_loads_each_key_once(cache_class: type[Cache]) -> None:
    loads: list[str] = []
    # A load waits here until a second caller arrives as well. With the race,
    # one does, at once, every time; with the lock, none can, and the barrier
    # gives up after its timeout.
    both_loading = threading.Barrier(2, timeout=1)

    def slow_load(key: str) -> str:
        loads.append(key)
        with suppress(threading.BrokenBarrierError):
            both_loading.wait()
        return key.upper()

    cache = cache_class(slow_load)
    both_started = threading.Barrier(2)

    def call() -> None:
        both_started.wait()  # both threads run before either looks at the cache
        cache.get("a")

    callers = [threading.Thread(target=call) for _ in range(2)]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join()
    assert loads == ["a"]
