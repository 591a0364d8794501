"""Every file under snippets/ runs, and prints exactly what its #> comments say.

Each snippet is tested twice:

* in this process through pytest-examples, which records every ``print()`` of
  the main process and compares it with the ``#>`` comments below it;
* as a reader runs it, ``python snippets/…/x.py`` from the repository root,
  which must exit 0 within the snippet's time limit.

``pytest --update-examples`` (``nox -s update``) rewrites the ``#>`` comments
from a fresh run instead of failing.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from pathlib import Path

import pytest

from tools.snippets import (
    ROOT,
    all_snippets,
    output_problem,
    read_meta,
    rel,
    run_as_reader,
)

SNIPPETS = all_snippets()
# The pool snippet that proves every start method works in-process and for readers.
START_METHOD_SNIPPET = ROOT / "snippets/multiprocessing/pool_map_squares.py"


def _params() -> list:
    params = []
    for path in SNIPPETS:
        meta = read_meta(path)
        # Our own limit fires first with a clear message; pytest-timeout is the
        # backstop for a snippet that blocks signals.
        marks = [pytest.mark.timeout(meta.timeout + 10)]
        reason = meta.skip_reason()
        if reason:
            marks.append(pytest.mark.skip(reason=f"{rel(path)} {reason}"))
        params.append(pytest.param(path, id=rel(path), marks=marks))
    return params


@pytest.fixture
def update(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("update_examples"))


@pytest.mark.parametrize("path", _params())
def test_output_matches_comments(path: Path, update: bool) -> None:
    problem = output_problem(path, update, timeout=read_meta(path).timeout)
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.mark.parametrize("path", _params())
def test_runs_as_a_reader_runs_it(path: Path) -> None:
    problem = run_as_reader(path, read_meta(path).timeout)
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("method", ["fork", "spawn", "forkserver"])
def test_pool_snippet_under_each_start_method(method: str) -> None:
    """Under spawn/forkserver the workers must re-import the snippet by path."""
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"start method {method!r} is not available on {sys.platform}")
    before = multiprocessing.get_start_method(allow_none=True)
    multiprocessing.set_start_method(method, force=True)
    try:
        assert multiprocessing.get_start_method() == method
        assert output_problem(START_METHOD_SNIPPET, update=False) is None
    finally:
        multiprocessing.set_start_method(before, force=True)
    # And the way a reader whose platform defaults to this method runs it.
    proc = subprocess.run(
        [
            sys.executable,
            "tools/run_with_start_method.py",
            method,
            rel(START_METHOD_SNIPPET),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=50,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("[0, 1, 4, 9"), proc.stdout
