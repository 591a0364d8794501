"""Every file under snippets/ prints exactly what its #> lines say, as readers run it.

Each snippet runs in this process (``test_output_in_process``) and as
``python snippets/…/x.py`` from a copy of the checkout (``test_output_as_reader``;
a multiprocessing snippet also under spawn and forkserver on Linux). Both
compare what it printed with its #> lines (tools/snippets.py), and fail on a
snippet that overruns its time budget, leaves a process, thread or file
behind, or crashes. ``nox -s update`` rewrites the #> lines instead.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from pytest_examples import EvalExample

from tools.snippets import (
    ROOT,
    Settings,
    SettingsError,
    all_snippets,
    read_settings,
    rel,
    run_as_reader,
    run_in_process,
    timeout_message,
)


def _settings(path: Path) -> Settings | SettingsError:
    try:
        return read_settings(path)
    except SettingsError as exc:
        return exc


def _params(with_methods: bool) -> list:
    params = []
    for path in all_snippets():
        settings = _settings(path)
        if isinstance(settings, SettingsError):  # fails in the test, with its message
            params.append(pytest.param(path, None, id=rel(path)))
            continue
        # In this process the budget is pytest-timeout's; a reader run has its
        # own (subprocess) limit, and the marker only backs it up, late enough
        # for the run to clean up its process group and report first.
        limit = settings.timeout + (30 if with_methods else 0)
        marks = [pytest.mark.timeout(limit)]
        if reason := settings.skip_reason():
            marks.append(pytest.mark.skip(reason=f"{rel(path)} {reason}"))
        for method in settings.start_methods() if with_methods else [None]:
            suffix = f"-{method}" if method else ""
            params.append(
                pytest.param(path, method, id=rel(path) + suffix, marks=marks)
            )
    return params


def _load(path: Path) -> Settings:
    settings = _settings(path)
    if isinstance(settings, SettingsError):
        pytest.fail(str(settings), pytrace=False)
    return settings


def in_process_problem(path: Path, eval_example: EvalExample) -> str | None:
    settings = _load(path)
    try:
        return run_in_process(
            path, settings, eval_example, eval_example.update_examples
        )
    except pytest.fail.Exception as exc:  # pytest-timeout's limit, from the marker
        if not str(exc).startswith("Timeout"):
            raise
        return timeout_message(path, settings.timeout, "in the test process")


@pytest.mark.parametrize(("path", "method"), _params(with_methods=False))
def test_output_in_process(path: Path, method: None, eval_example: EvalExample) -> None:
    if reason := _load(path).not_in_process():
        pytest.skip(f"{rel(path)} runs only as a reader runs it: {reason}")
    if problem := in_process_problem(path, eval_example):
        pytest.fail(problem, pytrace=False)


@pytest.mark.parametrize(("path", "method"), _params(with_methods=True))
def test_output_as_reader(path: Path, method: str | None) -> None:
    problem = run_as_reader(path, _load(path), method)
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_pool_snippet_in_process_under_each_start_method(
    method: str, eval_example: EvalExample
) -> None:
    """Workers must find the snippet's functions by its path in-process too."""
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"start method {method!r} is not available here")
    path = ROOT / "snippets/multiprocessing/pool_map_squares.py"
    before = multiprocessing.get_start_method(allow_none=True)
    multiprocessing.set_start_method(method, force=True)
    try:
        assert run_in_process(path, _load(path), eval_example) is None
    finally:
        multiprocessing.set_start_method(before, force=True)
