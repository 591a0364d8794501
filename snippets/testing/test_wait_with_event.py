"""Wait for a background thread with an Event, and see its errors in the test."""

import queue
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor


class Uploader:
    """Sends submitted items from a background thread."""

    def __init__(self, send: Callable[[str], None]) -> None:
        self._send = send
        self._items: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="uploader")
        self._thread.start()

    def submit(self, item: str) -> None:
        self._items.put(item)

    def close(self) -> None:
        self._items.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (item := self._items.get()) is not None:
            self._send(item)


def test_sends_in_the_background() -> None:
    sent: list[str] = []
    done = threading.Event()

    def send(item: str) -> None:
        sent.append(item)
        done.set()

    uploader = Uploader(send)
    uploader.submit("report.csv")
    # Not time.sleep(0.1): the wait ends the moment the item is sent, and a
    # bug fails the test after 5 s instead of hanging it.
    assert done.wait(timeout=5), "nothing was sent within 5 s"
    uploader.close()
    assert sent == ["report.csv"]


def test_assert_in_a_thread_is_lost() -> None:
    def check() -> None:
        assert 1 + 1 == 3  # fails, in the thread: pytest only warns

    thread = threading.Thread(target=check)
    thread.start()
    thread.join()


def test_assert_in_a_future_is_seen() -> None:
    def check() -> None:
        assert 1 + 1 == 3

    with ThreadPoolExecutor(1) as pool:
        pool.submit(check).result()  # re-raises the thread's error here
