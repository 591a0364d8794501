"""The snippet checks catch each kind of broken snippet, with file:line and a fix."""

from __future__ import annotations

import signal
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from tools import format_snippets as snippet_format
from tools.snippets import SnippetMeta, output_problem, read_meta, run_as_reader


def write(tmp_path: Path, source: str, name: str = "demo.py") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(source), "utf-8")
    return path


def test_matching_output_passes(tmp_path: Path) -> None:
    path = write(tmp_path, 'print(6 * 7)\n#> 42\nprint("a", "b")\n#> a b\n')
    assert output_problem(path) is None


def test_stale_output_fails_with_a_diff(tmp_path: Path) -> None:
    path = write(tmp_path, "x = 1\nprint(6 * 7)\n#> 41\n")
    problem = output_problem(path)
    assert problem is not None
    assert problem.startswith(f"{path}:3: the #> output comments no longer match")
    assert "-#> 41" in problem and "+#> 42" in problem
    assert "nox -s update" in problem


def test_missing_output_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "print('shown to nobody')\n")
    problem = output_problem(path)
    assert problem is not None and problem.startswith(f"{path}:2:")


def test_update_rewrites_the_comments(tmp_path: Path) -> None:
    path = write(tmp_path, "for i in range(2):\n    print(i)\n    #> 7\n")
    assert output_problem(path, update=True) is None
    assert path.read_text() == "for i in range(2):\n    print(i)\n    #> 0\n    #> 1\n"
    assert output_problem(path) is None


def test_output_printed_by_a_child_process_is_unchecked_and_fails(
    tmp_path: Path,
) -> None:
    path = write(
        tmp_path,
        """\
        import multiprocessing


        def child() -> None:
            print("from the child")
            #> anything at all


        if __name__ == "__main__":
            p = multiprocessing.Process(target=child)
            p.start()
            p.join()
        """,
    )
    problem = output_problem(path)
    assert problem is not None
    assert problem.startswith(
        f"{path}:6: #> output that no print() in the main process"
    )
    assert "print it there" in problem


def test_stray_output_comment_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "value = 3\n#> 3\n")
    problem = output_problem(path)
    assert problem is not None and problem.startswith(f"{path}:2: #> output that no")


def test_crashing_snippet_fails_in_process_and_for_readers(tmp_path: Path) -> None:
    path = write(tmp_path, "print(1)\n#> 1\nraise RuntimeError('boom')\n")
    with pytest.raises(RuntimeError, match="boom"):
        output_problem(path)
    problem = run_as_reader(path, timeout=20)
    assert problem is not None
    assert problem.startswith(f"{path}:1: `python {path}` exited with status 1")
    assert "RuntimeError: boom" in problem


def test_hanging_snippet_is_stopped_and_named(tmp_path: Path) -> None:
    path = write(tmp_path, "import time\ntime.sleep(60)\n")
    # In-process, the limit is a SIGALRM timer; Windows has none, and there
    # pytest-timeout is the only limit (see snippets.time_limit).
    if hasattr(signal, "setitimer"):
        problem = output_problem(path, timeout=1)
        assert problem is not None
        assert problem.startswith(f"{path}:1: did not finish within 1 s")
    problem = run_as_reader(path, timeout=1)
    assert problem is not None
    assert problem.startswith(f"{path}:1: `python {path}` did not finish within 1 s")


def test_metadata_sets_timeout_and_skips_newer_pythons(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        # /// script
        # requires-python = ">=3.99"
        # [tool.snippet]
        # timeout = 7
        # ///
        print(1)
        """,
    )
    meta = read_meta(path)
    assert meta.timeout == 7
    reason = meta.skip_reason()
    assert reason is not None and reason.startswith("needs Python 3.99 or newer")
    assert SnippetMeta(requires_python=">=3.11").skip_reason() is None
    assert SnippetMeta(platforms=["plan9"]).skip_reason() == (
        f"runs only on plan9; this is {sys.platform}"
    )
    if not sysconfig.get_config_var("Py_GIL_DISABLED"):
        reason = SnippetMeta(free_threaded=True).skip_reason()
        assert reason is not None and "free-threaded build" in reason


def test_format_check_names_the_line_and_keeps_output_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "x = [1,2]\nprint(x)\n#> [1, 2]\n")
    assert snippet_format.main(["--check", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:1: not formatted as ruff would" in err
    assert "nox -s update" in err
    assert snippet_format.main([str(path)]) == 0
    assert path.read_text() == "x = [1, 2]\nprint(x)\n#> [1, 2]\n"
    assert snippet_format.main(["--check", str(path)]) == 0
