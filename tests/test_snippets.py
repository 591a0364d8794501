"""Every file under snippets/ prints exactly what its #> and #2> lines say.

Each snippet runs as a reader runs it, ``python snippets/…/x.py`` from a copy
of its folder (a multiprocessing snippet also under spawn and forkserver on
Linux), and fails on output that differs from its lines, a run over its time
budget, a process or file left behind, or a crash (tools/snippets.py).
``nox -s update`` (``--update-examples``) rewrites the #> lines instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_examples import EvalExample

from tools.snippets import (
    Settings,
    SettingsError,
    all_snippets,
    read_settings,
    rel,
    run_as_reader,
    update_output,
)


def _load(path: Path) -> Settings:
    try:
        return read_settings(path)
    except SettingsError as exc:
        pytest.fail(str(exc), pytrace=False)


def _params() -> list:
    params = []
    for path in all_snippets():
        try:
            settings = read_settings(path)
        except SettingsError:  # fails in the test, with its message
            params.append(pytest.param(path, None, id=rel(path)))
            continue
        # The run has its own (subprocess) limit; the marker only backs it up,
        # late enough for the run to clean up its process group and report.
        marks = [pytest.mark.timeout(settings.timeout + 30)]
        if reason := settings.skip_reason():
            marks.append(pytest.mark.skip(reason=f"{rel(path)} {reason}"))
        for method in settings.start_methods():
            suffix = f"-{method}" if method else ""
            params.append(
                pytest.param(path, method, id=rel(path) + suffix, marks=marks)
            )
    return params


@pytest.mark.parametrize(("path", "method"), _params())
def test_output_as_reader(path: Path, method: str | None) -> None:
    if problem := run_as_reader(path, _load(path), method):
        pytest.fail(problem, pytrace=False)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """test_update exists only for `nox -s update` (--update-examples)."""
    if "update_path" in metafunc.fixturenames:
        update = metafunc.config.getoption("update_examples", False)
        paths = all_snippets() if update else []
        metafunc.parametrize("update_path", paths, ids=[rel(p) for p in paths])


def test_update(update_path: Path, eval_example: EvalExample) -> None:
    settings = _load(update_path)
    if reason := settings.skip_reason():
        pytest.skip(f"{rel(update_path)} {reason}")
    if reason := settings.not_in_process():
        pytest.skip(f"{rel(update_path)}: write its lines by hand ({reason})")
    if problem := update_output(update_path, eval_example):
        pytest.fail(problem, pytrace=False)
