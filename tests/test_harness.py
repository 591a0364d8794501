"""The snippet runner catches each kind of broken snippet, with file:line and a fix.

Each fixture is a tiny program in a temporary folder, run both ways
(in this process and as ``python x.py``) by the code that runs the real
snippets.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest
from pytest_examples import EvalExample

from tests.test_snippets import in_process_problem
from tools import format_snippets
from tools.snippets import (
    ROOT,
    Settings,
    SettingsError,
    expected_output,
    read_settings,
    run_as_reader,
    run_in_process,
)


def write(tmp_path: Path, source: str, name: str = "demo.py") -> Path:
    path = tmp_path / "demo" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(textwrap.dedent(source), "utf-8")
    return path


def both(path: Path, eval_example: EvalExample, **settings: object) -> list[str | None]:
    """The problem each run mode finds: [in this process, as a reader]."""
    meta = Settings(**settings) if settings else read_settings(path)  # type: ignore[arg-type]
    return [run_in_process(path, meta, eval_example), run_as_reader(path, meta)]


def test_matching_output_passes(tmp_path: Path, eval_example: EvalExample) -> None:
    path = write(tmp_path, 'print(6 * 7)\n#> 42\nprint("a", "b")\n#> a b\n')
    assert both(path, eval_example) == [None, None]


SHOWN_AND_PRINTED_DIFFER = {
    "stale": ("x = 1\nprint(6 * 7)\n#> 41\n", 3, "\n-41\n+42\n"),
    "not shown": ("print('shown')\n#> shown\nprint('hidden')\n", 2, "\n+hidden"),
    "stray": ("value = 3\n#> 3\n", 2, "\n-3"),
    # The #> lines of one print sit together; the run interleaves them.
    "order": (
        "def show(x: str) -> None:\n    print(x)\n    #> a\n    #> c\n\n\n"
        'show("a")\nprint("b")\n#> b\nshow("c")\n',
        4,
        "\n a\n",
    ),
}


@pytest.mark.parametrize("case", SHOWN_AND_PRINTED_DIFFER)
def test_output_that_differs_from_the_page_fails_with_line_diff_and_fix(
    tmp_path: Path, eval_example: EvalExample, case: str
) -> None:
    source, line, diff = SHOWN_AND_PRINTED_DIFFER[case]
    path = write(tmp_path, source)
    for problem in both(path, eval_example):
        assert problem is not None
        assert problem.startswith(f"{path}:{line}: the #> output differs"), problem
        assert diff in problem and "nox -s update" in problem


def test_a_workers_print_fails_where_readers_would_see_it(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    """The hole of issue 9: a print in a child process reaches a reader's terminal."""
    path = write(
        tmp_path,
        """\
        import multiprocessing


        def child() -> None:
            print("from the child")


        if __name__ == "__main__":
            p = multiprocessing.get_context("spawn").Process(target=child)
            p.start()
            p.join()
            print("done")
            #> done
        """,
    )
    in_process, reader = both(path, eval_example)
    assert in_process is None  # the test process never sees the child's line
    assert reader is not None and reader.startswith(f"{path}:13: ")
    assert "\n+from the child" in reader and "main process" in reader


def test_multiprocessing_snippets_also_run_under_spawn_and_forkserver(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, "import multiprocessing\n\nprint(1)\n#> 1\n")
    methods = read_settings(path).start_methods()
    assert methods[0] is None
    if sys.platform == "linux":
        assert set(methods[1:]) | {multiprocessing_default()} >= {"spawn", "forkserver"}
    plain = write(tmp_path, "print(1)\n#> 1\n", "plain.py")
    assert read_settings(plain).start_methods() == [None]
    # A program that only mentions multiprocessing in a string (a notebook cell
    # it sends to a kernel) does not start processes itself.
    cell = write(tmp_path, 'CELL = "import multiprocessing"\n', "cell.py")
    assert read_settings(cell).start_methods() == [None]
    pool = write(
        tmp_path, "from concurrent.futures import ProcessPoolExecutor\n", "p.py"
    )
    assert read_settings(pool).uses_processes


def multiprocessing_default() -> str:
    import multiprocessing

    return multiprocessing.get_context().get_start_method()


def test_varies_normalises_both_sides_and_the_reader_sees_a_real_value(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(
        tmp_path,
        """\
        # /// script
        # [tool.snippet]
        # varies = ['pid (\\d+)']
        # ///
        import os

        print(f"pid {os.getpid()} is running")
        #> pid 4242 is running
        print("pid", 7)
        #> pid 1
        """,
    )
    assert both(path, eval_example) == [None, None]
    stale = write(
        tmp_path, path.read_text().replace("4242 is running", "4242 ran"), "stale.py"
    )
    assert all(p and "\n-pid <varies> ran" in p for p in both(stale, eval_example))


def test_settings_mistakes_name_the_line(tmp_path: Path) -> None:
    block = "# /// script\n# [tool.snippet]\n{}\n# ///\nprint(1)\n#> 1\n"
    cases = {
        "# timeout = 30": ":3: timeout = 30 raises the 10 s budget without a reason",
        "# timout = 3": ":3: unknown setting 'timout'",
        "# varies = ['pid (\\d+)']": ":3: varies pattern 'pid (\\\\d+)' matches no #> line",
        "# varies = ['(']": ":3: varies pattern '(' is not a regex",
        "# reader-only = true": ":3: reader-only takes the reason",
    }
    for line, message in cases.items():
        path = write(tmp_path, block.format(line))
        with pytest.raises(SettingsError) as info:
            read_settings(path)
        assert str(info.value).startswith(f"{path}{message}"), str(info.value)
    ok = write(tmp_path, block.format('# timeout = 30\n# timeout-reason = "a cluster"'))
    assert read_settings(ok).timeout == 30


def test_requires_python_platforms_and_free_threading_skip(tmp_path: Path) -> None:
    path = write(tmp_path, '# /// script\n# requires-python = ">=3.99"\n# ///\n')
    reason = read_settings(path).skip_reason()
    assert reason is not None and reason.startswith("needs Python >=3.99; this is 3.")
    assert Settings(platforms=("plan9",)).skip_reason() == (
        f"runs only on plan9; this is {sys.platform}"
    )
    free = Settings(free_threaded=True).skip_reason()
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        assert free is None
    else:
        assert free == "needs a free-threaded build (3.13t or newer, without the GIL)"


def test_the_snippet_sees_its_own_argv_and_may_exit_cleanly(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(tmp_path, "import sys\n\nprint(len(sys.argv))\n#> 1\nsys.exit(0)\n")
    assert both(path, eval_example) == [None, None]
    failing = write(tmp_path, "import sys\n\nsys.exit(3)\n", "exits.py")
    problem = run_in_process(failing, Settings(), eval_example)
    assert problem is not None and problem.startswith(
        f"{failing}:1: called sys.exit(3)"
    )


def test_crash_fails_in_process_and_for_readers(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(tmp_path, "print(1)\n#> 1\nraise RuntimeError('boom')\n")
    with pytest.raises(RuntimeError, match="boom"):
        run_in_process(path, Settings(), eval_example)
    problem = run_as_reader(path, Settings())
    assert problem is not None
    assert problem.startswith(f"{path}:1: exited with status 1")
    assert "RuntimeError: boom" in problem


def test_a_snippet_over_its_budget_is_stopped_and_named(tmp_path: Path) -> None:
    path = write(tmp_path, "import time\ntime.sleep(15)\n")
    problem = run_as_reader(path, Settings(timeout=0.5))
    assert problem is not None
    assert problem.startswith(f"{path}:1: did not finish within 0.5 s when run as")
    assert "timeout-reason" in problem


@pytest.mark.skipif(sys.platform == "win32", reason="pytest-timeout has no signal here")
@pytest.mark.timeout(1)  # the same limit test_output_in_process takes from `timeout`
def test_a_snippet_over_its_budget_in_process_is_named(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(tmp_path, "import time\ntime.sleep(15)\n")
    problem = in_process_problem(path, eval_example)
    assert problem is not None
    assert problem.startswith(f"{path}:1: did not finish within")
    assert "in the test process" in problem


def test_a_process_left_running_is_found_and_killed(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(
        tmp_path,
        """\
        import subprocess
        import sys

        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        """,
    )
    in_process, reader = both(path, eval_example)
    assert in_process is not None and in_process.startswith(
        f"{path}:1: left child process"
    )
    if os.name == "posix":
        assert reader is not None and reader.startswith(f"{path}:1: left 1 process(es)")
        assert "time.sleep(60)" in reader or "process group" in reader


def test_a_thread_left_running_is_found(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(
        tmp_path,
        """\
        import threading
        import time

        threading.Thread(target=time.sleep, args=(5,), name="sleeper", daemon=True).start()
        """,
    )
    problem = run_in_process(path, Settings(), eval_example)
    assert problem is not None
    assert problem.startswith(f"{path}:1: left thread 'sleeper' running")


def test_files_written_into_the_checkout_or_tmp_are_found(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(
        tmp_path,
        """\
        import tempfile

        with open("results.txt", "w") as f:
            f.write("x")
        tempfile.NamedTemporaryFile(delete=False).close()
        """,
    )
    in_process, reader = both(path, eval_example)
    assert in_process is not None and "left files behind" in in_process
    assert reader is not None and reader.startswith(f"{path}:1: left files behind")
    assert "results.txt" in reader and "tempfile.TemporaryDirectory()" in reader
    assert not (ROOT / "results.txt").exists()


def test_triple_quoted_output_is_read_as_lines() -> None:
    source = 'if True:\n    print("a\\nb")\n    """\n    a\n    b\n    """\n'
    assert expected_output(source) == [(4, "a"), (5, "b")]


def test_update_rewrites_the_output_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "for i in range(2):\n    print(i)\n    #> 7\n")
    test = tmp_path / "test_update.py"
    test.write_text(
        "from pathlib import Path\n"
        "from tools.snippets import Settings, run_in_process\n"
        "def test_it(eval_example):\n"
        f"    assert run_in_process(Path({str(path)!r}), Settings(), eval_example, True) is None\n"
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--update-examples",
            str(test),
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
    )
    assert path.read_text() == "for i in range(2):\n    print(i)\n    #> 0\n    #> 1\n"


def test_format_check_names_the_line_and_keeps_output_comments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "x = [1,2]\nprint(x)\n#> [1, 2]\n")
    assert format_snippets.main(["--check", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:1: not formatted as ruff would" in err
    assert "nox -s update" in err
    assert format_snippets.main([str(path)]) == 0
    assert path.read_text() == "x = [1, 2]\nprint(x)\n#> [1, 2]\n"
