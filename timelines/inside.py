"""Run a program as ``python <program> args`` would, noting what /proc cannot see.

``python -m timelines.inside <program.py> [args…]`` is what the recorder starts
(timelines/recorder.py samples the threads' states from outside). Inside the
program it notes, at almost no cost:

* each thread's name with its native id, so the kernel's thread ids get the
  names the program gave them (``threading.setprofile``: a hook that runs
  once, when a new thread calls its ``run()``, and removes itself);
* on Python 3.12+, with ``sys.monitoring``, when each asyncio task's
  coroutine was running (started or resumed until it yielded, returned or
  raised), how it ended, and optional *marks*: the spans during which a
  function with a given name was active in a task or thread. Each event is
  switched off at the first call of a function that is neither a coroutine
  nor marked; unwind and throw events cannot be, and are ignored for it.

It writes them as JSON at exit to the path in ``TIMELINES_OUT``. Children
forked by multiprocessing end with ``os._exit`` and skip atexit; the handler
also checks the process id, so only the program's own process writes.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import inspect
import json
import operator
import os
import platform
import re
import runpy
import sys
import sysconfig
import threading
import time
from collections.abc import Callable
from types import CodeType, FrameType
from typing import Any

OUT_ENV = "TIMELINES_OUT"
MARKS_ENV = "TIMELINES_MARKS"
DEFAULT_TASK_NAME = re.compile(r"Task-\d+")
ASYNCIO_DIR = os.path.dirname(asyncio.__file__) + os.sep


def _is_loop_method(coro: object) -> bool:
    code = getattr(coro, "cr_code", None)
    return (
        code is not None
        and code.co_filename.startswith(ASYNCIO_DIR)
        and code.co_qualname.startswith("BaseEventLoop.")
    )


def _current_task() -> asyncio.Task[Any] | None:
    try:
        return asyncio.current_task()
    except RuntimeError:  # no running event loop in this thread
        return None


class Notes:
    """What the program's own process saw; times are time.monotonic_ns()."""

    def __init__(self, marks: list[str]) -> None:
        self.pid = os.getpid()
        self.threads: dict[int, str] = {threading.get_native_id(): "MainThread"}
        self.thread_starts: dict[int, int] = {}
        self.marks = set(marks)
        # One entry per task, in the order tasks first ran.
        self.tasks: dict[asyncio.Task[Any], dict[str, Any]] = {}
        self.open_runs: dict[asyncio.Task[Any], int] = {}
        # Marks: (frame, name, row key, start), the key ("task", n) or ("thread", tid).
        self.open_marks: dict[int, tuple[FrameType, str, tuple[str, int], int]] = {}
        self.mark_spans: list[dict[str, Any]] = []
        self.monitoring = False

    # ------------------------------------------------------------ threads
    def thread_started(self, frame: FrameType, event: str, arg: object) -> None:
        # threading.setprofile's hook: it runs in each new thread, first when
        # the thread calls run(); one note, then it removes itself.
        sys.setprofile(None)
        tid = threading.get_native_id()
        self.thread_starts[tid] = time.monotonic_ns()
        self.threads[tid] = threading.current_thread().name

    # -------------------------------------------------------------- tasks
    def _task_entry(self, task: asyncio.Task[Any], now: int) -> dict[str, Any]:
        if task not in self.tasks:
            coro = task.get_coro()
            name = task.get_name()
            self.tasks[task] = {
                "number": len(self.tasks) + 1,
                "name": None if DEFAULT_TASK_NAME.fullmatch(name) else name,
                "coroutine": getattr(coro, "__qualname__", type(coro).__name__),
                # asyncio.run's own clean-up tasks are hidden later; a task
                # the program made of asyncio.sleep() is the program's.
                "internal": _is_loop_method(coro),
                "thread": threading.get_native_id(),
                "start": now,
                "end": None,
                "state": "pending",
                "running": [],
            }
        return self.tasks[task]

    def _root_task(self, frame: FrameType) -> asyncio.Task[Any] | None:
        """The current task, if ``frame`` is its root coroutine's frame."""
        task = _current_task()
        if task is not None and getattr(task.get_coro(), "cr_frame", None) is frame:
            return task
        return None

    def _watched(self, code: CodeType) -> bool:
        return bool(code.co_flags & inspect.CO_COROUTINE) or code.co_name in self.marks

    def on_enter(self, code: CodeType, offset: int, *rest: object) -> object:
        if not self._watched(code):
            return sys.monitoring.DISABLE
        self._enter(code, sys._getframe(1))
        return None

    def on_throw(self, code: CodeType, offset: int, exc: BaseException) -> None:
        # PY_THROW is a global event too: returning DISABLE raises ValueError.
        # asyncio resumes a task this way when the future it awaited failed or
        # when it is cancelled. The frame is taken here: one call deeper,
        # sys._getframe(1) would be this method's own frame.
        if self._watched(code):
            self._enter(code, sys._getframe(1))

    def _enter(self, code: CodeType, frame: FrameType) -> None:
        now = time.monotonic_ns()
        if code.co_flags & inspect.CO_COROUTINE and (task := self._root_task(frame)):
            self._task_entry(task, now)
            self.open_runs[task] = now
        if code.co_name in self.marks and id(frame) not in self.open_marks:
            task = _current_task()
            if task in self.tasks:
                key = ("task", self.tasks[task]["number"])
            else:
                key = ("thread", threading.get_native_id())
            self.open_marks[id(frame)] = (frame, code.co_name, key, now)

    def on_leave(self, code: CodeType, offset: int, value: object) -> object:
        if not self._watched(code):
            return sys.monitoring.DISABLE
        self._leave(code, sys._getframe(1), None, finished=True)
        return None

    def on_yield(self, code: CodeType, offset: int, value: object) -> object:
        if not code.co_flags & inspect.CO_COROUTINE:
            return sys.monitoring.DISABLE
        self._leave(code, sys._getframe(1), None, finished=False)
        return None

    def on_unwind(self, code: CodeType, offset: int, exc: BaseException) -> None:
        # PY_UNWIND is a global event (no DISABLE): keep the common case cheap.
        if self._watched(code):
            self._leave(code, sys._getframe(1), exc, finished=True)

    def _leave(
        self,
        code: CodeType,
        frame: FrameType,
        exc: BaseException | None,
        finished: bool,
    ) -> None:
        now = time.monotonic_ns()
        if code.co_flags & inspect.CO_COROUTINE and (task := self._root_task(frame)):
            entry = self._task_entry(task, now)
            if (start := self.open_runs.pop(task, None)) is not None:
                entry["running"].append([start, now])
            if finished:
                entry["end"] = now
                if exc is None:
                    entry["state"] = "done"
                elif isinstance(exc, asyncio.CancelledError):
                    entry["state"] = "cancelled"
                else:
                    entry["state"] = "failed"
        if finished and (mark := self.open_marks.pop(id(frame), None)) is not None:
            self._mark_span(*mark[1:], now)

    def _mark_span(self, name: str, key: tuple[str, int], start: int, end: int) -> None:
        self.mark_spans.append(
            {"name": name, "kind": key[0], "key": key[1], "span": [start, end]}
        )

    def start_monitoring(self) -> None:
        if sys.version_info < (3, 12):
            return
        mon = sys.monitoring
        free = [
            i
            for i in (mon.PROFILER_ID, mon.OPTIMIZER_ID, 3, 4)
            if mon.get_tool(i) is None
        ]
        if not free:
            return
        self.tool = free[0]
        mon.use_tool_id(self.tool, "timelines")
        callbacks: dict[int, Callable[..., object]] = {
            mon.events.PY_START: self.on_enter,
            mon.events.PY_RESUME: self.on_enter,
            mon.events.PY_THROW: self.on_throw,
            mon.events.PY_YIELD: self.on_yield,
            mon.events.PY_RETURN: self.on_leave,
            mon.events.PY_UNWIND: self.on_unwind,
        }
        for event, callback in callbacks.items():
            mon.register_callback(self.tool, event, callback)
        mon.set_events(self.tool, functools.reduce(operator.or_, callbacks))
        self.monitoring = True

    def stop_monitoring(self) -> None:
        if self.monitoring:
            sys.monitoring.set_events(self.tool, 0)
            sys.monitoring.free_tool_id(self.tool)

    # ---------------------------------------------------------------- out
    def as_json(self) -> dict[str, Any]:
        ended = time.monotonic_ns()
        for task, start in self.open_runs.items():
            self.tasks[task]["running"].append([start, ended])
        for _, name, key, start in self.open_marks.values():
            self._mark_span(name, key, start, ended)
        gil = getattr(sys, "_is_gil_enabled", lambda: True)()
        return {
            "pid": self.pid,
            "python": {
                "implementation": platform.python_implementation(),
                "version": platform.python_version(),
                "gil": "enabled" if gil else "disabled",
                "free_threaded_build": bool(
                    sysconfig.get_config_var("Py_GIL_DISABLED")
                ),
            },
            "ended": ended,
            "threads": {str(tid): name for tid, name in self.threads.items()},
            "thread_starts": {str(t): ns for t, ns in self.thread_starts.items()},
            "tasks_recorded": self.monitoring,
            "tasks": list(self.tasks.values()),
            "marks": self.mark_spans,
        }

    def write(self, path: str) -> None:
        if os.getpid() != self.pid:  # a forked child that ran atexit after all
            return
        self.stop_monitoring()
        for thread in threading.enumerate():  # threads that never called run()
            if thread.native_id is not None:
                self.threads.setdefault(thread.native_id, thread.name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.as_json(), f)


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: python -m timelines.inside PROGRAM.py [ARGS…]")
    program = sys.argv[1]
    out = os.environ.pop(OUT_ENV, None)
    marks = json.loads(os.environ.pop(MARKS_ENV, "[]"))
    notes = Notes(marks)
    threading.setprofile(notes.thread_started)
    notes.start_monitoring()
    if out:
        atexit.register(notes.write, out)
    # As `python PROGRAM.py ARGS` sets them: the program's folder first on the
    # path (for sibling imports), argv[0] the path as typed.
    sys.argv = sys.argv[1:]
    sys.path[0] = os.path.dirname(os.path.abspath(program))
    # The recorder put this checkout on PYTHONPATH to find timelines.inside;
    # the program (and any Python it starts) sees the reader's path instead.
    if (original := os.environ.pop("TIMELINES_PYTHONPATH", None)) is not None:
        ours = os.environ.get("PYTHONPATH", "").split(os.pathsep)[0]
        if ours in sys.path[1:]:
            del sys.path[sys.path.index(ours, 1)]
        if (before := json.loads(original)) is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = before
    runpy.run_path(program, run_name="__main__")


if __name__ == "__main__":
    main()
