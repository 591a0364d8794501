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

from tools import format_snippets
from tools.snippets import (
    ROOT,
    Settings,
    SettingsError,
    check_settings_file,
    expected_output,
    normalise_stderr,
    read_settings,
    run_as_reader,
)


def write(tmp_path: Path, source: str, name: str = "demo.py") -> Path:
    path = tmp_path / "demo" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(textwrap.dedent(source), "utf-8")
    return path


def reader(path: Path, **settings: object) -> str | None:
    """The problem the reader-style run finds, or None."""
    meta = Settings(**settings) if settings else read_settings(path)  # type: ignore[arg-type]
    return run_as_reader(path, meta)


def test_matching_output_passes(tmp_path: Path, eval_example: EvalExample) -> None:
    path = write(tmp_path, 'print(6 * 7)\n#> 42\nprint("a", "b")\n#> a b\n')
    assert reader(path) is None


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
    for problem in [reader(path)]:
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
    problem = reader(path)
    assert problem is not None and problem.startswith(f"{path}:13: ")
    assert "\n+from the child" in problem and "main process" in problem


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


def settings_file(path: Path, text: str) -> None:
    """Write the fixture folder's settings.toml (the tests read it, readers never)."""
    (path.parent / "settings.toml").write_text(textwrap.dedent(text), "utf-8")


def test_varies_normalises_both_sides_and_the_reader_sees_a_real_value(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(
        tmp_path,
        """\
        import os

        print(f"pid {os.getpid()} is running")
        #> pid 4242 is running
        print("pid", 7)
        #> pid 1
        """,
    )
    settings_file(path, """["demo.py"]\nvaries = ['pid (\\d+)']\n""")
    assert reader(path) is None
    stale = write(
        tmp_path, path.read_text().replace("4242 is running", "4242 ran"), "stale.py"
    )
    settings_file(path, """["stale.py"]\nvaries = ['pid (\\d+)']\n""")
    problem = reader(stale)
    assert problem and "\n-pid <varies> ran" in problem


def test_settings_mistakes_name_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "print(1)\n#> 1\n")
    toml = tmp_path / "demo" / "settings.toml"
    cases = {
        "timeout = 30": ':3: ["demo.py"] timeout = 30 raises the 10 s budget',
        "timout = 3": ":3: [\"demo.py\"] unknown setting 'timout'",
        "varies = ['pid (\\d+)']": ":3: [\"demo.py\"] varies pattern 'pid (\\\\d+)' matches no",
        "varies = ['(']": ":3: [\"demo.py\"] varies pattern '(' is not a regex",
        "reader-only = true": ':3: ["demo.py"] reader-only takes the reason',
    }
    for line, message in cases.items():
        settings_file(path, f'# settings\n["demo.py"]\n{line}\n')
        with pytest.raises(SettingsError) as info:
            read_settings(path)
        assert str(info.value).startswith(f"{toml}{message}"), str(info.value)
    settings_file(path, '["demo.py"]\ntimeout = 30\ntimeout-reason = "a cluster"\n')
    assert read_settings(path).timeout == 30


def test_test_settings_in_the_snippet_itself_are_refused(tmp_path: Path) -> None:
    """Readers see the file: its PEP 723 block holds only what `uv run` reads."""
    path = write(tmp_path, "# /// script\n# [tool.snippet]\n# timeout = 3\n# ///\n")
    with pytest.raises(SettingsError) as info:
        read_settings(path)
    assert str(info.value).startswith(f"{path}:2: test settings in the PEP 723")
    assert 'under ["demo.py"] in' in str(info.value)


def test_a_settings_table_for_no_file_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "print(1)\n#> 1\n")
    settings_file(path, '["demo.py"]\ntimeout = 3\n\n["gone.py"]\ntimeout = 3\n')
    (problem,) = check_settings_file(path.parent)
    assert problem.startswith(
        f'{path.parent / "settings.toml"}:4: ["gone.py"] names no'
    )


VERSIONED = """\
import sys

print(sys.version_info >= (3, 13))
#> [3.11-3.12] False
#> [3.13+] True
print("same everywhere")
#> same everywhere
"""


def test_output_per_python_version_is_checked_on_each(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(tmp_path, VERSIONED)
    assert reader(path) is None
    source = path.read_text()
    assert expected_output(source, version="3.12") == [
        (4, "False"),
        (7, "same everywhere"),
    ]
    assert expected_output(source, version="3.15") == [
        (5, "True"),
        (7, "same everywhere"),
    ]
    # The line for this Python is wrong: the run on this Python fails.
    mine = "[3.13+] True" if sys.version_info >= (3, 13) else "[3.11-3.12] False"
    wrong = write(tmp_path, source.replace(mine, mine.replace("e", "E")), "wrong.py")
    for problem in [reader(wrong)]:
        assert problem is not None and "the #> output differs" in problem, problem


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("[3.10] x", "names a version nobody runs"),
        ("[3.16+] x", "names a version nobody runs"),
        ("[3.14-3.12] x", "names no range"),
    ],
)
def test_a_label_for_a_version_nobody_runs_fails(
    tmp_path: Path, label: str, message: str
) -> None:
    path = write(tmp_path, f"print('x')\n#> {label}\n")
    with pytest.raises(SettingsError) as info:
        read_settings(path)
    assert str(info.value).startswith(
        f"{path}:2: the label [{label.split(']')[0][1:]}] {message}"
    )


NEVER_AWAITED = """\
import asyncio


async def fetch() -> None:
    await asyncio.sleep(0)


fetch()
print("done")
#> done
"""


def test_stderr_a_reader_sees_fails_until_the_page_shows_it(
    tmp_path: Path, eval_example: EvalExample
) -> None:
    path = write(tmp_path, NEVER_AWAITED)
    problem = reader(path)
    assert problem is not None
    assert problem.startswith(f"{path}:1: the #2> output differs"), problem
    assert (
        "+snippets/demo/demo.py:8: RuntimeWarning: coroutine 'fetch' was never awaited"
        in problem
    )
    shown = NEVER_AWAITED + (
        "#2> snippets/demo/demo.py:8: RuntimeWarning: coroutine 'fetch' was never awaited\n"
        "#2>   fetch()\n"
        "#2> RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
    )
    path.write_text(shown)
    assert reader(path) is None


def test_stderr_is_normalised_as_a_readers_machine_would_differ() -> None:
    import sysconfig

    stdlib = sysconfig.get_paths()["stdlib"]
    text = (
        "Traceback (most recent call last):\n"
        '  File "/home/me/site/snippets/x/y.py", line 9, in <module>\n'
        "    asyncio.run(main())\n"
        "    ~~~~~~~~~~~^^^^^^^^\n"
        f'  File "{stdlib}/asyncio/runners.py", line 195, in run\n'
        "    return runner.run(main)\n"
        f'  File "{stdlib}/asyncio/base_events.py", line 691, in run_until_complete\n'
        "    return future.result()\n"
        '  File "/home/me/site/snippets/x/y.py", line 5, in main\n'
        "    raise ValueError(f'{object()}')\n"
        "ValueError: <object object at 0x7f3a2c1b0e40>\n"
        "\rpages:   0%|     | 0/4\rpages: 100%|#####| 4/4\n"
    )
    assert normalise_stderr(text, Path("/home/me/site")) == [
        "Traceback (most recent call last):",
        '  File "snippets/x/y.py", line 9, in <module>',
        "    asyncio.run(main())",
        "  ...",
        '  File "snippets/x/y.py", line 5, in main',
        "    raise ValueError(f'{object()}')",
        "ValueError: <object object at 0x...>",
        "pages: 100%|#####| 4/4",  # a terminal shows the last redraw only
    ]


def test_an_uncaught_exception_shown_on_purpose_needs_its_exit_code(
    tmp_path: Path,
) -> None:
    source = "raise SystemExit('stopped: no input')\n#2> stopped: no input\n"
    path = write(tmp_path, source)
    problem = run_as_reader(path, read_settings(path))
    assert problem is not None and problem.startswith(f"{path}:1: exited with status 1")
    assert "exit-code = 1" in problem
    settings_file(path, '["demo.py"]\nexit-code = 1\n')
    settings = read_settings(path)
    assert settings.not_in_process() is not None
    assert run_as_reader(path, settings) is None


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
    assert reader(path) is None
    failing = write(tmp_path, "import sys\n\nsys.exit(3)\n", "exits.py")
    problem = reader(failing)
    assert problem is not None and problem.startswith(
        f"{failing}:1: exited with status 3"
    )


def test_a_crash_fails_with_its_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "print(1)\n#> 1\nraise RuntimeError('boom')\n")
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
    problem = reader(path)
    if os.name == "posix":
        assert problem is not None and problem.startswith(
            f"{path}:1: left 1 process(es)"
        )
        assert "time.sleep(60)" in problem or "process group" in problem


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
    problem = reader(path)
    assert problem is not None and problem.startswith(f"{path}:1: left files behind")
    assert "results.txt" in problem and "tempfile.TemporaryDirectory()" in problem
    assert not (ROOT / "results.txt").exists()


def test_triple_quoted_output_is_read_as_lines() -> None:
    source = 'if True:\n    print("a\\nb")\n    """\n    a\n    b\n    """\n'
    assert expected_output(source) == [(4, "a"), (5, "b")]


def test_update_rewrites_the_output_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "for i in range(2):\n    print(i)\n    #> 7\n")
    test = tmp_path / "test_update.py"
    test.write_text(
        "from pathlib import Path\n"
        "from tools.snippets import update_output\n"
        "def test_it(eval_example):\n"
        f"    assert update_output(Path({str(path)!r}), eval_example) is None\n"
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
    path = write(tmp_path, "x = [1,2]\nprint(x)\n#> [1, 2]\n#2> a warning\n")
    assert format_snippets.main(["--check", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:1: not formatted as ruff would" in err
    assert "nox -s update" in err
    assert format_snippets.main([str(path)]) == 0
    assert path.read_text() == "x = [1, 2]\nprint(x)\n#> [1, 2]\n#2> a warning\n"
