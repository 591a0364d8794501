"""Run the snippet files and compare what they print with their output lines.

A snippet is one complete program under ``snippets/``. What the page shows
under its code is what it prints, and the tests hold it to that:

* ``#> text`` lines under each ``print()``: standard output, top to bottom;
* ``#2> text`` lines: standard error (warnings, tracebacks, log lines), in
  order, after :func:`normalise_stderr` (paths, addresses, library frames);
* either kind may carry the Python versions it belongs to, ``#> [3.15+] …``,
  ``#> [3.11-3.14] …`` or ``#> [3.13] …``; a version outside the supported
  list (``[tool.site] pythons`` in pyproject.toml) is an error.

tests/test_snippets.py checks standard output in the test process (through
pytest-examples, which ``nox -s update`` also uses to rewrite ``#>`` lines)
and both streams as a reader runs it, ``python snippets/…/x.py`` from the
repository root; a snippet that uses multiprocessing also runs under spawn
and forkserver on Linux, the defaults of macOS, Windows and Linux 3.14+.

A snippet's PEP 723 block holds only what ``uv run`` reads (requires-python,
dependencies). Test settings, which readers never see, live beside it in
``snippets/<folder>/settings.toml``, one table per file::

    ["cluster_basics.py"]
    varies = ['tcp://127\\.0\\.0\\.1:(\\d+)']  # parts of a line that differ by machine
    timeout = 30                       # seconds; default DEFAULT_TIMEOUT
    timeout-reason = "starts a cluster of four processes"
    free-threaded = true               # only without the GIL (false: only with it)
    platforms = ["linux", "darwin"]    # sys.platform values it runs on
    reader-only = "it installs its own SIGINT handler"  # not in the test process
    exit-code = 1                      # it ends with an uncaught exception on purpose
"""

from __future__ import annotations

import ast
import contextlib
import difflib
import itertools
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from pytest_examples import CodeExample, EvalExample

from tools.paths import ROOT, SNIPPETS

SETTINGS_FILE = "settings.toml"
START_METHOD_RUNNER = ROOT / "tools" / "run_with_start_method.py"
# The one list of supported Pythons: nox, CI and these checks read it.
_SITE = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["site"]
PYTHONS: tuple[str, ...] = tuple(_SITE["pythons"])
# A budget, not a benchmark: an example should finish in a second or two; this
# leaves room for a loaded two-core CI machine.
DEFAULT_TIMEOUT = 10.0
PYCACHE = Path(tempfile.gettempdir(), "concurrency-verified-pycache")
KEYS = {
    "varies",
    "timeout",
    "timeout-reason",
    "free-threaded",
    "platforms",
    "reader-only",
    "exit-code",
}
PLACEHOLDER = "<varies>"

_SCRIPT_BLOCK = re.compile(
    r"^# /// script$\s(?P<content>(^#(| .*)$\s)+)^# ///$", re.MULTILINE
)
_OUTPUT_LINE = {
    "out": re.compile(r"^\s*#>(?: (?P<text>.*))?$"),
    "err": re.compile(r"^\s*#2>(?: (?P<text>.*))?$"),
}
# [3.15+], [3.11-3.14] or [3.13] at the start of an output line's text.
_LABEL = re.compile(
    r"^\[(?P<low>\d+\.\d+)(?:(?P<plus>\+)|-(?P<high>\d+\.\d+))?\](?: (?P<text>.*))?$"
)


class SettingsError(ValueError):
    """A snippet's settings or output labels are wrong; the message says where."""


def all_snippets() -> list[Path]:
    return sorted(SNIPPETS.rglob("*.py"))


def rel(path: Path) -> str:
    """The path as readers type it; a file outside the repository keeps its own.

    (Resolving a fixture's path would turn macOS's /var/… into /private/var/….)
    """
    resolved = path.resolve()
    if resolved.is_relative_to(ROOT):
        return resolved.relative_to(ROOT).as_posix()
    return str(path)


def _version(text: str) -> tuple[int, int]:
    major, minor = text.split(".")
    return int(major), int(minor)


def this_python() -> str:
    return "{}.{}".format(*sys.version_info[:2])


@dataclass(frozen=True)
class Settings:
    requires_python: SpecifierSet | None = None
    varies: tuple[re.Pattern[str], ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    free_threaded: bool | None = None  # True: only without the GIL; False: with it
    platforms: tuple[str, ...] | None = None
    uses_processes: bool = False
    reader_only: str | None = None  # why it cannot run in the test process
    exit_code: int = 0

    def skip_reason(self) -> str | None:
        """Why this Python cannot run the snippet, or None when it can."""
        version = platform.python_version()
        if self.requires_python and version not in self.requires_python:
            return f"needs Python {self.requires_python}; this is {version}"
        if self.platforms is not None and sys.platform not in self.platforms:
            return f"runs only on {', '.join(self.platforms)}; this is {sys.platform}"
        gil_disabled = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
        if self.free_threaded is True and not gil_disabled:
            return "needs a free-threaded build (3.13t or newer, without the GIL)"
        if self.free_threaded is False and gil_disabled:
            return "needs a build with the GIL (free-threaded = false)"
        return None

    def not_in_process(self) -> str | None:
        """Why the snippet runs only as a reader runs it, or None."""
        if self.exit_code:
            return f"it ends with status {self.exit_code} on purpose (exit-code)"
        return self.reader_only

    def start_methods(self) -> list[str | None]:
        """None is the platform's default; Linux also tries the other two."""
        if not self.uses_processes or sys.platform != "linux":
            return [None]
        import multiprocessing

        default = multiprocessing.get_context().get_start_method()
        return [None] + [m for m in ("spawn", "forkserver") if m != default]


def starts_processes(source: str) -> bool:
    """Whether the code (not its strings) uses multiprocessing or a process pool."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or "", *(alias.name for alias in node.names)]
        else:
            names = [node.attr] if isinstance(node, ast.Attribute) else []
        if any(
            n.split(".")[0] == "multiprocessing" or n == "ProcessPoolExecutor"
            for n in names
        ):
            return True
    return False


def script_block(path: Path) -> dict:
    """The snippet's PEP 723 block as a dict ({} without one)."""
    source = path.read_text("utf-8")
    m = _SCRIPT_BLOCK.search(source)
    if not m:
        return {}
    toml = "".join(line[2:] + "\n" for line in m["content"].splitlines())
    try:
        return tomllib.loads(toml)
    except tomllib.TOMLDecodeError as exc:
        line = source[: m.start()].count("\n") + 1
        raise SettingsError(
            f"{rel(path)}:{line}: the PEP 723 block is not TOML: {exc}"
        ) from None


def _toml_line(text: str, table: str, key: str | None = None) -> int:
    """The line of ``["table"]`` (or of ``key`` inside it) in a settings file."""
    inside, header = 0, re.compile(rf"""^\[\s*["']?{re.escape(table)}["']?\s*\]""")
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("["):
            if inside and key:
                break
            inside = number if header.match(line) else 0
            if inside and not key:
                return number
        elif inside and key and re.match(rf"{re.escape(key)}\s*=", line):
            return number
    return inside or 1


def folder_settings(folder: Path) -> tuple[Path, str, dict]:
    """The folder's settings file, its text and its tables ({} if none)."""
    file = folder / SETTINGS_FILE
    if not file.exists():
        return file, "", {}
    text = file.read_text("utf-8")
    try:
        return file, text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{rel(file)}:1: not TOML: {exc}") from None


def check_settings_file(folder: Path) -> list[str]:
    """Tables that name no snippet of the folder: settings nobody reads."""
    file, text, tables = folder_settings(folder)
    return [
        f'{rel(file)}:{_toml_line(text, name)}: ["{name}"] names no file in '
        f'{rel(folder)}/. Fix the file name (as "x.py") or delete the table.'
        for name in tables
        if not (folder / name).is_file()
    ]


def _check_labels(path: Path, source: str) -> None:
    for stream in ("out", "err"):
        for number, text in _output_lines(source, stream):
            if m := _LABEL.match(text):
                versions = [m["low"]] + ([m["high"]] if m["high"] else [])
                unknown = [v for v in versions if v not in PYTHONS]
                backwards = m["high"] and _version(m["high"]) <= _version(m["low"])
                if unknown or backwards:
                    raise SettingsError(
                        f"{rel(path)}:{number}: the label [{text.split(']')[0][1:]}] "
                        f"names {'a version nobody runs' if unknown else 'no range'}: "
                        f"the supported Pythons are {', '.join(PYTHONS)} "
                        "(pyproject.toml, [tool.site] pythons). Write [3.15+], "
                        "[3.11-3.14] or [3.13] with those versions."
                    )


def read_settings(path: Path) -> Settings:
    """Read requires-python and settings.toml; raise SettingsError with file:line."""
    source = path.read_text("utf-8")
    name = rel(path)
    data = script_block(path)
    if "snippet" in data.get("tool", {}):
        raise SettingsError(
            f"{name}:{_line_of(source, '[tool.snippet]')}: test settings in the "
            "PEP 723 block would be shown to readers. Move the keys under "
            f'["{path.name}"] in {rel(path.parent)}/{SETTINGS_FILE}.'
        )
    try:
        spec = (
            SpecifierSet(data["requires-python"]) if "requires-python" in data else None
        )
    except InvalidSpecifier:
        raise SettingsError(
            f"{name}:{_line_of(source, 'requires-python')}: requires-python is not "
            'a version specifier; write it as in pyproject.toml, e.g. ">=3.14"'
        ) from None
    _check_labels(path, source)
    return _validated(path, source, spec)


def _validated(path: Path, source: str, spec: SpecifierSet | None) -> Settings:
    """The settings.toml table of ``path``, checked key by key."""
    file, text, tables = folder_settings(path.parent)
    tool = tables.get(path.name, {})

    def fail(key: str, message: str) -> SettingsError:
        line = _toml_line(text, path.name, key)
        return SettingsError(f'{rel(file)}:{line}: ["{path.name}"] {message}')

    for key in tool.keys() - KEYS:
        raise fail(
            key, f"unknown setting {key!r}. Use one of: {', '.join(sorted(KEYS))}"
        )
    timeout = float(tool.get("timeout", DEFAULT_TIMEOUT))
    if timeout > DEFAULT_TIMEOUT and not tool.get("timeout-reason"):
        raise fail(
            "timeout",
            f"timeout = {timeout:g} raises the {DEFAULT_TIMEOUT:g} s "
            "budget without a reason. An example should run in a second or "
            'two: shrink the work, or add timeout-reason = "why it needs longer".',
        )
    patterns = []
    for pattern_text in tool.get("varies", []):
        try:
            patterns.append(re.compile(pattern_text))
        except re.error as exc:
            raise fail(
                "varies", f"varies pattern {pattern_text!r} is not a regex: {exc}"
            ) from None
    shown = [t for s in ("out", "err") for _, t in _output_lines(source, s)]
    for pattern in patterns:
        if not any(pattern.search(t) for t in shown):
            raise fail(
                "varies",
                f"varies pattern {pattern.pattern!r} matches no #> or #2> line. "
                "Fix the pattern (a Python regex matched against each printed "
                "line) or remove it.",
            )
    reader_only = tool.get("reader-only")
    if reader_only is not None and not (isinstance(reader_only, str) and reader_only):
        raise fail(
            "reader-only",
            "reader-only takes the reason, as reader-only = "
            '"it must own the main thread\'s signal handlers"',
        )
    free_threaded = tool.get("free-threaded")
    if free_threaded is not None and not isinstance(free_threaded, bool):
        raise fail(
            "free-threaded",
            "free-threaded takes true (runs only without the GIL) or false "
            "(runs only with it)",
        )
    platforms = tool.get("platforms")
    return Settings(
        reader_only=reader_only,
        requires_python=spec,
        varies=tuple(patterns),
        timeout=timeout,
        free_threaded=free_threaded,
        platforms=tuple(platforms) if platforms is not None else None,
        uses_processes=starts_processes(source),
        exit_code=int(tool.get("exit-code", 0)),
    )


def _line_of(source: str, key: str) -> int:
    for number, line in enumerate(source.splitlines(), 1):
        if re.match(rf"#\s*{re.escape(key)}", line):
            return number
    return 1


def _output_lines(source: str, stream: str) -> list[tuple[int, str]]:
    """(line, text) of every #> (out) or #2> (err) line, plus, for out, the
    body of a triple-quoted string right under a print() (pytest-examples'
    form for output with newlines)."""
    pattern = _OUTPUT_LINE[stream]
    found = [
        (number, m["text"] or "")
        for number, line in enumerate(source.splitlines(), 1)
        if (m := pattern.match(line))
    ]
    if stream == "out":
        found += _triple_quoted_output(source)
    return sorted(found)


def _triple_quoted_output(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        body = [
            statement
            for name in ("body", "orelse", "finalbody")
            if isinstance(block := getattr(node, name, None), list)
            for statement in block
        ]
        for before, after in itertools.pairwise(body):
            if (
                isinstance(before, ast.Expr)
                and isinstance(before.value, ast.Call)
                and isinstance(before.value.func, ast.Name)
                and before.value.func.id == "print"
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
                and after.lineno == (before.end_lineno or 0) + 1
            ):
                lines = after.value.value.split("\n")[1:-1]
                prefix = " " * after.col_offset
                found += [
                    (after.lineno + 1 + i, text.removeprefix(prefix))
                    for i, text in enumerate(lines)
                ]
    return found


def applies(label: re.Match[str], version: str) -> bool:
    """Whether a [3.x+] / [3.x-3.y] / [3.x] label covers ``version``."""
    low, mine = _version(label["low"]), _version(version)
    if label["plus"]:
        return mine >= low
    return low <= mine <= _version(label["high"] or label["low"])


def expected_output(
    source: str, stream: str = "out", version: str | None = None
) -> list[tuple[int, str]]:
    """What the page says the program prints on ``version`` (default: this one).

    (file line, text), top to bottom; a labelled line only on its versions.
    """
    version = version or this_python()
    shown = []
    for number, text in _output_lines(source, stream):
        if m := _LABEL.match(text):
            if applies(m, version):
                shown.append((number, m["text"] or ""))
        else:
            shown.append((number, text))
    return shown


def normalise(line: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    """Replace what ``varies`` declares (each group, or the whole match)."""

    def blank(m: re.Match[str]) -> str:
        spans = [m.span(g) for g in range(1, (m.re.groups or 0) + 1)] or [m.span()]
        text, start = m.group(), m.start()
        for a, b in reversed([s for s in spans if s[0] >= 0]):
            text = text[: a - start] + PLACEHOLDER + text[b - start :]
        return text

    for pattern in patterns:
        line = pattern.sub(blank, line)
    return line


_FRAME = re.compile(r'^\s*File "(?P<file>[^"]+)", line \d+')
_CARETS = re.compile(r"^[\s^~]*[\^~][\s^~]*$")
_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]+\b")


def normalise_stderr(text: str, root: Path) -> list[str]:
    """What a reader's stderr shows, less what differs between machines.

    A line redrawn with carriage returns is what it showed last. The
    checkout's path is dropped (``snippets/x.py``), Python's own folders
    read ``<stdlib>`` and ``<site-packages>``, addresses ``0x...``; caret
    lines go (3.11 and 3.13 draw them differently) and each run of traceback
    frames in Python's own files becomes one line ``  ...``.
    """
    for folder, name in (
        (root, ""),
        (Path(sysconfig.get_paths()["purelib"]), "<site-packages>/"),
        (Path(sysconfig.get_paths()["stdlib"]), "<stdlib>/"),
    ):
        text = text.replace(str(folder) + os.sep, name)
    lines: list[str] = []
    in_library = False
    # A terminal writes over a line at each carriage return (a progress bar
    # redrawn in place): the reader sees what came after the last one.
    parts = text.replace("\r\n", "\n").removesuffix("\n").split("\n")
    for line in (part.rsplit("\r", 1)[-1] for part in parts if text):
        if frame := _FRAME.match(line):
            in_library = frame["file"].startswith(
                ("<stdlib>", "<site-packages>", "<frozen", "/")
            )
            if in_library:
                if lines[-1:] != ["  ..."]:
                    lines.append("  ...")
                continue
        elif in_library and line.startswith("    "):
            continue  # the source line under a library frame
        else:
            in_library = False
        if not _CARETS.match(line):  # trailing blanks are invisible too
            lines.append(_ADDRESS.sub("0x...", line).rstrip())
    return lines


def compare(
    path: Path, printed: str | list[str], how: str, settings: Settings, stream="out"
) -> str | None:
    """Say where ``printed`` differs from the snippet's #> (or #2>) lines, or None."""
    source = path.read_text("utf-8")
    expected = expected_output(source, stream)
    lines = printed.splitlines() if isinstance(printed, str) else printed
    shown = [normalise(t, settings.varies) for _, t in expected]
    got = [normalise(t, settings.varies) for t in lines]
    if shown == got:
        return None
    i = next(
        (k for k, (a, b) in enumerate(zip(shown, got, strict=False)) if a != b),
        min(len(shown), len(got)),
    )
    # Where it printed more than the page shows, point at the last line shown.
    line = expected[min(i, len(expected) - 1)][0] if expected else 1
    mark = "#>" if stream == "out" else "#2>"
    diff = "\n".join(
        difflib.unified_diff(
            shown,
            got,
            f"what the page shows ({mark} lines, top to bottom, for {this_python()})",
            f"what it printed {how}"
            + ("" if stream == "out" else " on stderr, normalised"),
            lineterm="",
            n=2,
        )
    )
    if stream == "out":
        fix = (
            "Fix: the #> lines, read top to bottom, must be exactly what a reader "
            f"sees. If the new output is right, run `nox -s update -- {rel(path)}` "
            "and review the diff. Print only from the main process and thread, after "
            "join()/gather(), in the order the prints run (a worker's print reaches "
            "the terminal in any order, or not at all in a notebook)."
        )
    else:
        fix = (
            "Fix: a reader sees stderr too. If the message is what the page means to "
            "show, write the lines marked + above as `#2> …` lines (normalised: paths "
            "from snippets/, <stdlib>/, 0x..., library frames as `  ...`); if not, "
            "stop the program from printing it (await the coroutine, close the "
            "session, join the thread)."
        )
    return (
        f"{rel(path)}:{line}: the {mark} output differs from what the program "
        f"prints {how}.\n{diff}\n{fix} Where this Python prints something else than "
        "another, label each line with its versions: `#> [3.15+] …`, "
        "`#> [3.11-3.14] …`. A part of a line that differs between machines or "
        f"runs goes in `varies` in {rel(path.parent)}/{SETTINGS_FILE} "
        "(CONTRIBUTING.md: Output that differs between machines)."
    )


@dataclass(frozen=True)
class _ReaderRun:
    """What a reader's run left: its exit status, both streams, live processes."""

    status: int
    stdout: str
    stderr: str
    leftovers: list[str]


def run_as_reader(
    path: Path,
    settings: Settings,
    method: str | None = None,
    launcher: tuple[str, ...] = (sys.executable,),
) -> str | None:
    """Run ``python snippets/…/x.py`` as a reader would; say what went wrong.

    It runs in a fresh copy of its folder with its own TMPDIR, so that a file
    it leaves behind is found instead of landing in the checkout, and in its
    own process group, so that a child process it leaves running is found.
    """
    runner = "python" if launcher == (sys.executable,) else "uv run"
    how = f"when run as `{runner} {rel(path)}`"
    if method:
        how += f" under the {method} start method"
    with tempfile.TemporaryDirectory() as scratch:
        root, tmp = _copy_as_checkout(path, Path(scratch))
        before = set(root.rglob("*"))
        command = _reader_command(path, method, launcher)
        run = _run_in_own_group(command, root, tmp, settings.timeout)
        # The copy's own .pyc files are of no use to a later run.
        shutil.rmtree(PYCACHE.joinpath(*root.resolve().parts[1:]), ignore_errors=True)
        if run is None:
            return timeout_message(path, settings.timeout, how)
        problem = _exit_problem(path, run, how, settings.exit_code)
        problem = problem or _files_left(path, root, tmp, before)
        if problem:
            return problem
        stderr = normalise_stderr(run.stderr, root.resolve())
    return compare(path, run.stdout, how, settings) or compare(
        path, stderr, how, settings, "err"
    )


def _copy_as_checkout(path: Path, scratch: Path) -> tuple[Path, Path]:
    """A checkout holding only the snippet's folder, and an empty TMPDIR."""
    root, tmp = scratch / "root", scratch / "tmp"
    # Its folder only: a snippet imports nothing from another folder.
    shutil.copytree(
        path.parent,
        root / "snippets" / path.parent.name,
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    tmp.mkdir()
    return root, tmp


def _reader_command(
    path: Path, method: str | None, launcher: tuple[str, ...]
) -> list[str]:
    """The interpreter or `uv run …` (tests/test_uv_run.py) on the copied file."""
    command = [*launcher, f"snippets/{path.parent.name}/{path.name}"]
    if method:
        command[1:1] = [str(START_METHOD_RUNNER), method]
    return command


def _run_in_own_group(
    command: list[str], root: Path, tmp: Path, timeout: float
) -> _ReaderRun | None:
    """Run it from ``root`` in a process group of its own; None if over time."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env |= dict.fromkeys(["TMPDIR", "TEMP", "TMP"], str(tmp))
    env |= {
        # .pyc files go to one cache outside the copy, which stays clean, and
        # aiohttp or distributed are compiled once, not on every run.
        "PYTHONPYCACHEPREFIX": str(PYCACHE),
        # A terminal shows each line as it is printed; unbuffered output is
        # the closest a file gets, here and on CI alike.
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Files, not pipes: a leftover child holding a pipe would hang the wait.
    with (
        open(tmp.parent / "out", "w+") as out,
        # newline="": keep the carriage returns that redraw a line in place.
        open(tmp.parent / "err", "w+", newline="") as err,
    ):
        proc = subprocess.Popen(
            command,
            cwd=root,
            stdout=out,
            stderr=err,
            env=env,
            start_new_session=os.name == "posix",
        )
        # A timer, not wait(timeout): that polls, and sleeps up to 50 ms
        # past the end of every run, which adds up over the suite.
        expired = threading.Event()
        timer = threading.Timer(timeout, _kill_group, (proc, expired))
        timer.start()
        status = proc.wait()
        timer.cancel()
        if expired.is_set():
            return None
        # A helper such as the resource tracker may still be writing its
        # warnings to the terminal: wait for the group before reading.
        leftovers = _leftover_processes(proc.pid)
        out.seek(0), err.seek(0)
        return _ReaderRun(status, out.read(), err.read(), leftovers)


def _exit_problem(path: Path, run: _ReaderRun, how: str, exit_code: int) -> str | None:
    """A process it left running, or an exit status other than the expected one."""
    if run.leftovers:
        return (
            f"{rel(path)}:1: left {len(run.leftovers)} process(es) running after it "
            f"exited {how}:\n  " + "\n  ".join(run.leftovers) + "\n"
            "Fix: join() every process you start, close pools with `with` (or "
            "close() and join()), and wait for subprocesses; a daemon=True child "
            "is ended at exit, a Popen child is not."
        )
    if run.status != exit_code:
        return (
            f"{rel(path)}:1: exited with status {run.status} {how}.\n"
            f"--- stderr ---\n{run.stderr[-4000:]}\n"
            "Fix: a snippet must run cleanly; catch and print an error it shows "
            "on purpose, or, to show an uncaught traceback as the reader sees "
            f'it, set exit-code = {run.status} under ["{path.name}"] in '
            f"{rel(path.parent)}/{SETTINGS_FILE} and write it as #2> lines."
        )
    return None


def timeout_message(path: Path, timeout: float, how: str) -> str:
    return (
        f"{rel(path)}:1: did not finish within {timeout:g} s {how}.\n"
        "Fix: find what it waits on (a worker that died, a queue nobody reads, a "
        "join before get, a non-daemon thread still running). If it is only slow, "
        "shrink the work; if it must take longer, set timeout and timeout-reason "
        f'under ["{path.name}"] in {rel(path.parent)}/{SETTINGS_FILE}.'
    )


def _files_left(path: Path, root: Path, tmp: Path, before: set[Path]) -> str | None:
    """Files new in the checkout since ``before`` or in TMPDIR (bytecode aside)."""
    files = sorted(
        p.relative_to(folder).as_posix()
        for folder in (root, tmp)
        for p in folder.rglob("*")
        if p.is_file() and p not in before and "__pycache__" not in p.parts
    )
    if not files:
        return None
    return (
        f"{rel(path)}:1: left files behind in the repository or the temporary "
        f"directory: {', '.join(files[:5])}{' …' if len(files) > 5 else ''}.\n"
        "Fix: a reader runs examples from their checkout; write scratch files into "
        "a tempfile.TemporaryDirectory() (or delete them in a finally block)."
    )


def _leftover_processes(pgid: int) -> list[str]:
    """Processes still alive in the snippet's process group, which are killed."""
    if os.name != "posix":
        return []

    def alive() -> list[str]:
        if Path("/proc/self/stat").exists():
            return _process_group_members(pgid)
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return []
        return [f"a process in group {pgid}"]

    deadline = time.monotonic() + 2  # daemon children may still be exiting
    while (members := alive()) and time.monotonic() < deadline:
        time.sleep(0.05)
    if members:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
    return members


def _process_group_members(pgid: int) -> list[str]:
    """'pid command' of each live process in the group (Linux), else []."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != pgid or fields[0] == "Z":
                continue
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ")
        except (OSError, IndexError):
            continue
        members.append(f"{stat.parent.name} {cmdline.decode(errors='replace').strip()}")
    return members


def _kill_group(proc: subprocess.Popen[bytes], expired: threading.Event) -> None:
    """Over time: kill the snippet and every process of its group."""
    expired.set()
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    else:
        proc.kill()


def update_output(path: Path, eval_example: EvalExample) -> str | None:
    """Rewrite the #> lines from a run in this process (``nox -s update``).

    pytest-examples records which print() made each line, so the run is in
    this process, as ``__main__``: ``__spec__ = None`` and the real
    ``__file__`` make spawn and forkserver workers load the file by its path,
    as they do for ``python x.py``. The check itself is run_as_reader's.
    """
    source = path.read_text("utf-8")
    if any(_LABEL.match(t) for _, t in _output_lines(source, "out")):
        return (
            f"{rel(path)}:1: its #> lines differ by Python version, which an update "
            "from one Python cannot write. Fix: edit the labelled lines by hand; run "
            f"`python {rel(path)}` on each version to see what it prints."
        )
    example = CodeExample.create(source, path=path)
    module_globals = {"__spec__": None, "__file__": str(path.resolve())}
    saved = sys.modules["__main__"], os.getcwd(), list(sys.path), sys.argv
    # One #> line per printed line, however long: pytest-examples would reflow
    # a long one with black, which is not what a reader sees.
    eval_example.set_config(line_length=10_000)
    with tempfile.TemporaryDirectory() as scratch:
        sys.path.insert(0, str(path.resolve().parent))  # a sibling module
        sys.argv = [rel(path)]  # not pytest's arguments
        os.chdir(scratch)
        try:
            eval_example.run_print_update(
                example, module_globals=module_globals, rewrite_assertions=False
            )
        except SystemExit as exc:  # sys.exit() ends a reader's run, not pytest
            if exc.code not in (None, 0):
                return f"{rel(path)}:1: called sys.exit({exc.code!r}); see the run."
        finally:
            sys.modules["__main__"], cwd, sys.path[:], sys.argv = saved
            os.chdir(cwd)
    return None
