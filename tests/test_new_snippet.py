"""`nox -s new` creates a runnable snippet, refuses bad names, never overwrites."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tools import format_snippets, new_snippet
from tools.guards import check_pages
from tools.snippets import Settings, run_as_reader


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    for page in ("asyncio.md", "newer-python.md"):
        (tmp_path / "docs" / page).write_text("# Page\n", "utf-8")
    return tmp_path


def test_creates_a_program_that_runs_and_prints_a_block_for_its_page(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new_snippet.main(["asyncio/retry_with_backoff"], root) == 0
    path = root / "snippets/asyncio/retry_with_backoff.py"
    assert 'if __name__ == "__main__":' in path.read_text("utf-8")
    # It exits 0 and prints; it has no #> output yet, so the check sends the
    # author to update.
    problem = run_as_reader(path, Settings())
    assert problem is not None and "\n+retry_with_backoff\n" in problem
    assert "nox -s update" in problem

    out = capsys.readouterr().out
    block = (
        '```python title="snippets/asyncio/retry_with_backoff.py"\n'
        '--8<-- "snippets/asyncio/retry_with_backoff.py"\n'
        "```"
    )
    assert block in out
    assert "docs/asyncio.md" in out
    assert "nox -s update -- snippets/asyncio/retry_with_backoff.py" in out
    # The printed block passes the page guards.
    (root / "docs/asyncio.md").write_text(f"# Page\n\n{block}\n", "utf-8")
    assert check_pages(root) == []


def test_broken_half_of_a_pitfall_pair_catches_its_error(root: Path) -> None:
    path, _ = new_snippet.create("asyncio/lost_task_broken", root)
    assert "except RuntimeError" in path.read_text("utf-8")
    # It exits 0 and prints the error's type; only the #> line is missing.
    problem = run_as_reader(path, Settings())
    assert problem is not None and "\n+failed: RuntimeError\n" in problem


def test_accepts_the_path_form(root: Path) -> None:
    assert new_snippet.parse("snippets/asyncio/x_y.py", root) == ("asyncio", "x_y")


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("retry_with_backoff", "give the page directory and the file name"),
        ("asyncio/sub/retry", "give the page directory and the file name"),
        ("asyncio/", "give the page directory and the file name"),
        ("async_io/retry", "matches no page in docs/"),
        ("newer-python/retry", "matches no page in docs/"),
        ("asyncio/RetryWithBackoff", "'retrywithbackoff'"),
        ("asyncio/retry-with-backoff", "'retry_with_backoff'"),
        ("asyncio/2fast", "lowercase snake_case"),
        ("asyncio/retry__twice", "lowercase snake_case"),
        ("threads/x", "Use one of: asyncio, newer_python"),
    ],
)
def test_rejects_bad_names_and_says_how_to_fix(
    root: Path, spec: str, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert new_snippet.main([spec], root) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and says in err
    assert not (root / "snippets").exists()


def test_never_overwrites(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = root / "snippets/asyncio/taken.py"
    path.parent.mkdir(parents=True)
    path.write_text("print('mine')\n", "utf-8")
    assert new_snippet.main(["asyncio/taken"], root) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_text("utf-8") == "print('mine')\n"


def test_usage_without_a_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert new_snippet.main([]) == 2
    assert "nox -s new -- asyncio/retry_with_backoff" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["asyncio/clean_start", "asyncio/clean_start_broken"])
def test_template_passes_lint_and_format(root: Path, name: str) -> None:
    path, _ = new_snippet.create(name, root)
    assert format_snippets.main(["--check", str(path)]) == 0
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "ruff", "check", "--no-cache"),
            *("--config", str(new_snippet.ROOT / "pyproject.toml"), str(path)),
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout
