"""The snippet runner catches each kind of broken snippet, with file:line and a fix.

Each case is a tiny program in a temporary folder, run as ``python x.py`` by
the code that runs the real snippets.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from tools import format_snippets
from tools.snippets import (
    ROOT,
    Settings,
    SettingsError,
    expected_output,
    normalise_stderr,
    read_settings,
    run_as_reader,
)


def write(
    tmp_path: Path, source: str, settings: str = "", name: str = "demo.py"
) -> Path:
    """The program, and its folder's settings.toml (the tests read it, readers never)."""
    path = tmp_path / "demo" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(textwrap.dedent(source), "utf-8")
    if settings:
        (path.parent / "settings.toml").write_text(settings, "utf-8")
    return path


def reader(path: Path) -> str | None:
    """The problem the reader-style run finds, or None."""
    return run_as_reader(path, read_settings(path))


VARIES = """\
import os

print(f"pid {os.getpid()} is running")
#> pid 4242 is running
print("pid", 7)
#> pid 1
"""
PID_VARIES = """["demo.py"]\nvaries = ['pid (\\d+)']\n"""

VERSIONED = """\
import sys

print(sys.version_info >= (3, 13))
#> [3.11-3.12] False
#> [3.13+] True
print("same everywhere")
#> same everywhere
"""
# The line for this Python, made wrong: the run on this Python fails.
MINE = "[3.13+] True" if sys.version_info >= (3, 13) else "[3.11-3.12] False"

NEVER_AWAITED = """\
import asyncio


async def fetch() -> None:
    await asyncio.sleep(0)


fetch()
print("done")
#> done
"""
AWAIT_WARNING = (
    "snippets/demo/demo.py:8: RuntimeWarning: coroutine 'fetch' was never awaited"
)

WORKER_PRINTS = """\
import multiprocessing


def child() -> None:
    print("from the child")


if __name__ == "__main__":
    p = multiprocessing.get_context("spawn").Process(target=child)
    p.start()
    p.join()
    print("done")
    #> done
"""

STOPPED = "raise SystemExit('stopped: no input')\n#2> stopped: no input\n"

PASSES = {
    "matching": 'print(6 * 7)\n#> 42\nprint("a", "b")\n#> a b\n',
    # varies normalises both sides; the reader still sees a real value.
    "varies": VARIES,
    "per-version output": VERSIONED,
    "stderr shown": NEVER_AWAITED + f"#2> {AWAIT_WARNING}\n#2>   fetch()\n"
    "#2> RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
    "exit code declared": STOPPED,
    "own argv, clean exit": "import sys\n\nprint(len(sys.argv))\n#> 1\nsys.exit(0)\n",
    "longer budget with a reason": "print(1)\n#> 1\n",
}
# The settings.toml of a case, by its name.
SETTINGS = {
    "varies": PID_VARIES,
    "exit code declared": '["demo.py"]\nexit-code = 1\n',
    "longer budget with a reason": '["demo.py"]\ntimeout = 30\ntimeout-reason = "why"\n',
    "varies stale": PID_VARIES,
    "over budget": '["demo.py"]\ntimeout = 0.5\n',
}


@pytest.mark.parametrize("case", PASSES)
def test_a_program_that_prints_what_its_page_shows_passes(
    tmp_path: Path, case: str
) -> None:
    path = write(tmp_path, PASSES[case], SETTINGS.get(case, ""))
    assert reader(path) is None


DIFFERS = "the #> output differs"
# (source, how the problem starts after "path:", what else it says)
FAILS = {
    "stale": ("x = 1\nprint(6 * 7)\n#> 41\n", f"3: {DIFFERS}", "\n-41\n+42\n"),
    "not shown": (
        "print('shown')\n#> shown\nprint('hidden')\n",
        f"2: {DIFFERS}",
        "\n+hidden",
    ),
    "stray": ("value = 3\n#> 3\n", f"2: {DIFFERS}", "\n-3"),
    # The #> lines of one print sit together; the run interleaves them.
    "order": (
        "def show(x: str) -> None:\n    print(x)\n    #> a\n    #> c\n\n\n"
        'show("a")\nprint("b")\n#> b\nshow("c")\n',
        f"4: {DIFFERS}",
        "\n a\n",
    ),
    "varies stale": (
        VARIES.replace("4242 is running", "4242 ran"),
        "",
        "\n-pid <varies> ran",
    ),
    "this Python's line": (
        VERSIONED.replace(MINE, MINE.replace("e", "E")),
        "",
        DIFFERS,
    ),
    # The hole of issue 9: a print in a child process reaches a reader's terminal.
    "worker's print": (WORKER_PRINTS, "13: ", "\n+from the child", "main process"),
    "stderr not shown": (
        NEVER_AWAITED,
        "1: the #2> output differs",
        f"+{AWAIT_WARNING}",
    ),
    "exit code undeclared": (STOPPED, "1: exited with status 1", "exit-code = 1"),
    "exit status": ("import sys\n\nsys.exit(3)\n", "1: exited with status 3"),
    "crash": (
        "print(1)\n#> 1\nraise RuntimeError('boom')\n",
        "1: exited with status 1",
        "RuntimeError: boom",
    ),
    "over budget": (
        "import time\ntime.sleep(15)\n",
        "1: did not finish within 0.5 s when run as",
        "timeout-reason",
    ),
    "files left": (
        'import tempfile\n\nwith open("results.txt", "w") as f:\n    f.write("x")\n'
        "tempfile.NamedTemporaryFile(delete=False).close()\n",
        "1: left files behind",
        "results.txt",
        "tempfile.TemporaryDirectory()",
    ),
}


@pytest.mark.parametrize("case", FAILS)
def test_a_broken_program_fails_with_its_line_and_a_fix(
    tmp_path: Path, case: str
) -> None:
    source, start, *says = FAILS[case]
    path = write(tmp_path, source, SETTINGS.get(case, ""))
    problem = reader(path)
    assert problem is not None and problem.startswith(f"{path}:{start}"), problem
    assert all(text in problem for text in says), problem
    if DIFFERS in start:
        assert "nox -s update" in problem
    assert not (ROOT / "results.txt").exists()  # it ran in a copy


def test_a_process_left_running_is_found_and_killed(tmp_path: Path) -> None:
    source = 'import subprocess\nimport sys\n\nsubprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])\n'
    problem = reader(write(tmp_path, source))
    if os.name == "posix":
        assert problem is not None and problem.startswith(
            f"{tmp_path / 'demo/demo.py'}:1: left 1 process(es)"
        )
        assert "time.sleep(60)" in problem or "process group" in problem


def test_multiprocessing_snippets_also_run_under_spawn_and_forkserver(
    tmp_path: Path,
) -> None:
    import multiprocessing

    path = write(tmp_path, "import multiprocessing\n\nprint(1)\n#> 1\n")
    methods = read_settings(path).start_methods()
    assert methods[0] is None
    if sys.platform == "linux":
        default = multiprocessing.get_context().get_start_method()
        assert set(methods[1:]) | {default} >= {"spawn", "forkserver"}
    plain = write(tmp_path, "print(1)\n#> 1\n", name="plain.py")
    assert read_settings(plain).start_methods() == [None]
    # A program that only mentions multiprocessing in a string (a notebook cell
    # it sends to a kernel) does not start processes itself.
    cell = write(tmp_path, 'CELL = "import multiprocessing"\n', name="cell.py")
    assert read_settings(cell).start_methods() == [None]
    pool = "from concurrent.futures import ProcessPoolExecutor\n"
    assert read_settings(write(tmp_path, pool, name="p.py")).uses_processes


# A line of settings.toml, or a snippet -> what the error says after the folder.
SETTINGS_MISTAKES = {
    "timeout = 30": "timeout = 30 raises the 10 s budget",
    "timout = 3": "unknown setting 'timout'",
    "varies = ['pid (\\d+)']": "varies pattern 'pid (\\\\d+)' matches no",
    "varies = ['(']": "varies pattern '(' is not a regex",
    "reader-only = true": "reader-only takes the reason",
    "free-threaded = 'yes'": "free-threaded takes true",
    # Readers see the file: its PEP 723 block holds only what `uv run` reads.
    "# /// script\n# [tool.snippet]\n# timeout = 3\n# ///\n": "demo.py:2: test "
    'settings in the PEP 723 block would be shown to readers. Move the keys under ["demo.py"] in',
    "print('x')\n#> [3.10] x\n": "demo.py:2: the label [3.10] names a version nobody runs",
    "print('x')\n#> [3.16+] x\n": "demo.py:2: the label [3.16+] names a version nobody runs",
    "print('x')\n#> [3.14-3.12] x\n": "demo.py:2: the label [3.14-3.12] names no range",
}


@pytest.mark.parametrize("mistake", SETTINGS_MISTAKES)
def test_settings_mistakes_name_the_line(tmp_path: Path, mistake: str) -> None:
    expected = SETTINGS_MISTAKES[mistake]
    if mistake.startswith(("#", "print")):
        path = write(tmp_path, mistake)
    else:
        path = write(
            tmp_path, "print(1)\n#> 1\n", f'# settings\n["demo.py"]\n{mistake}\n'
        )
        expected = f'settings.toml:3: ["demo.py"] {expected}'
    with pytest.raises(SettingsError) as info:
        read_settings(path)
    message = str(info.value).removeprefix(f"{path.parent}{os.sep}")
    assert message.startswith(expected), message


def test_output_per_python_version() -> None:
    for version, line, shown in [("3.12", 4, "False"), ("3.15", 5, "True")]:
        expected = [(line, shown), (7, "same everywhere")]
        assert expected_output(VERSIONED, version=version) == expected


def test_triple_quoted_output_is_read_as_lines() -> None:
    source = 'if True:\n    print("a\\nb")\n    """\n    a\n    b\n    """\n'
    assert expected_output(source) == [(4, "a"), (5, "b")]


def test_stderr_is_normalised_as_a_readers_machine_would_differ() -> None:
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


def test_requires_python_platforms_and_free_threading_skip(tmp_path: Path) -> None:
    path = write(tmp_path, '# /// script\n# requires-python = ">=3.99"\n# ///\n')
    reason = read_settings(path).skip_reason()
    assert reason is not None and reason.startswith("needs Python >=3.99; this is 3.")
    assert Settings(platforms=("plan9",)).skip_reason() == (
        f"runs only on plan9; this is {sys.platform}"
    )
    free = Settings(free_threaded=True).skip_reason()
    gil = Settings(free_threaded=False).skip_reason()
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        assert (free, gil) == (
            None,
            "needs a build with the GIL (free-threaded = false)",
        )
    else:
        assert free == "needs a free-threaded build (3.13t or newer, without the GIL)"
        assert gil is None
    # A traceback shown on purpose is checked only as the reader runs it.
    assert Settings(exit_code=1).not_in_process() is not None


def test_update_rewrites_the_output_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "for i in range(2):\n    print(i)\n    #> 7\n")
    test = tmp_path / "test_update.py"
    test.write_text(
        "from pathlib import Path\n"
        "from tools.snippets import update_output\n"
        "def test_it(eval_example):\n"
        f"    assert update_output(Path({str(path)!r}), eval_example) is None\n"
    )
    pytest_run = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    subprocess.run(
        [*pytest_run, "--update-examples", str(test)],
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
