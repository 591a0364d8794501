"""Run the snippet files and compare what they print with their ``#>`` lines.

A snippet is one complete program under ``snippets/``. The ``#>`` lines under
its ``print()`` calls, read top to bottom, are what the page shows as its
output, so they must be exactly what the program prints. tests/test_snippets.py
checks that two ways, with one comparison (:func:`compare`):

* in the test process, through pytest-examples' ``EvalExample.run``, with
  ``sys.stdout`` captured (``nox -s update`` rewrites the ``#>`` lines from
  such a run with ``EvalExample.run_print_update``);
* as a reader runs it, ``python snippets/…/x.py`` from the repository root;
  a snippet that uses multiprocessing also runs under spawn and forkserver on
  Linux, the defaults of macOS, Windows and (forkserver) Linux 3.14.

Settings live in the snippet's PEP 723 block, which ``uv run`` also reads::

    # /// script
    # requires-python = ">=3.14"
    # dependencies = ["aiohttp"]
    # [tool.snippet]
    # varies = ['start method: (\\w+)']  # parts of a line that differ by machine
    # timeout = 20                       # seconds; default DEFAULT_TIMEOUT
    # timeout-reason = "starts a cluster of four processes"
    # free-threaded = true               # needs a build without the GIL
    # platforms = ["linux", "darwin"]    # sys.platform values it runs on
    # reader-only = "it installs its own SIGINT handler"  # not in the test process
    # ///
"""

from __future__ import annotations

import ast
import contextlib
import difflib
import io
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
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from pytest_examples import CodeExample, EvalExample

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
START_METHOD_RUNNER = ROOT / "tools" / "run_with_start_method.py"
# A budget, not a benchmark: an example should finish in a second or two; this
# leaves room for a loaded two-core CI machine.
DEFAULT_TIMEOUT = 10.0
KEYS = {
    "varies",
    "timeout",
    "timeout-reason",
    "free-threaded",
    "platforms",
    "reader-only",
}
PLACEHOLDER = "<varies>"

_SCRIPT_BLOCK = re.compile(
    r"^# /// script$\s(?P<content>(^#(| .*)$\s)+)^# ///$", re.MULTILINE
)
_OUTPUT_LINE = re.compile(r"^\s*#>(?: (?P<text>.*))?$")


class SettingsError(ValueError):
    """A snippet's [tool.snippet] settings are wrong; the message says where."""


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


def _line_of(source: str, key: str) -> int:
    for number, line in enumerate(source.splitlines(), 1):
        if re.match(rf"#\s*{re.escape(key)}\s*=", line):
            return number
    return 1


@dataclass(frozen=True)
class Settings:
    requires_python: SpecifierSet | None = None
    varies: tuple[re.Pattern[str], ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    free_threaded: bool = False
    platforms: tuple[str, ...] | None = None
    uses_processes: bool = False
    reader_only: str | None = None  # why it cannot run in the test process

    def skip_reason(self) -> str | None:
        """Why this Python cannot run the snippet, or None when it can."""
        version = platform.python_version()
        if self.requires_python and version not in self.requires_python:
            return f"needs Python {self.requires_python}; this is {version}"
        if self.platforms is not None and sys.platform not in self.platforms:
            return f"runs only on {', '.join(self.platforms)}; this is {sys.platform}"
        if self.free_threaded and not sysconfig.get_config_var("Py_GIL_DISABLED"):
            return "needs a free-threaded build (3.13t or newer, without the GIL)"
        return None

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


def read_settings(path: Path) -> Settings:
    """Read the PEP 723 block; raise SettingsError with file:line and a fix."""
    source = path.read_text("utf-8")
    uses_processes = starts_processes(source)
    m = _SCRIPT_BLOCK.search(source)
    if not m:
        return Settings(uses_processes=uses_processes)
    name = rel(path)
    toml = "".join(line[2:] + "\n" for line in m["content"].splitlines())
    try:
        data = tomllib.loads(toml)
    except tomllib.TOMLDecodeError as exc:
        line = source[: m.start()].count("\n") + 1
        raise SettingsError(
            f"{name}:{line}: the PEP 723 block is not TOML: {exc}"
        ) from None
    tool = data.get("tool", {}).get("snippet", {})

    def fail(key: str, message: str) -> SettingsError:
        return SettingsError(f"{name}:{_line_of(source, key)}: {message}")

    for key in tool.keys() - KEYS:
        raise fail(
            key, f"unknown setting {key!r}. Use one of: {', '.join(sorted(KEYS))}"
        )
    try:
        spec = (
            SpecifierSet(data["requires-python"]) if "requires-python" in data else None
        )
    except InvalidSpecifier:
        raise fail(
            "requires-python",
            "requires-python is not a version specifier; "
            'write it as in pyproject.toml, e.g. ">=3.14"',
        ) from None
    timeout = float(tool.get("timeout", DEFAULT_TIMEOUT))
    if timeout > DEFAULT_TIMEOUT and not tool.get("timeout-reason"):
        raise fail(
            "timeout",
            f"timeout = {timeout:g} raises the {DEFAULT_TIMEOUT:g} s "
            "budget without a reason. An example should run in a second or "
            'two: shrink the work, or add timeout-reason = "why it needs '
            'longer" under [tool.snippet].',
        )
    patterns = []
    for text in tool.get("varies", []):
        try:
            patterns.append(re.compile(text))
        except re.error as exc:
            raise fail(
                "varies", f"varies pattern {text!r} is not a regex: {exc}"
            ) from None
    expected = [t for _, t in expected_output(source)]
    for pattern in patterns:
        if not any(pattern.search(t) for t in expected):
            raise fail(
                "varies",
                f"varies pattern {pattern.pattern!r} matches no #> line. "
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
    platforms = tool.get("platforms")
    return Settings(
        reader_only=reader_only,
        requires_python=spec,
        varies=tuple(patterns),
        timeout=timeout,
        free_threaded=bool(tool.get("free-threaded", False)),
        platforms=tuple(platforms) if platforms is not None else None,
        uses_processes=uses_processes,
    )


def expected_output(source: str) -> list[tuple[int, str]]:
    """What the page says the program prints: (file line, text), top to bottom.

    That is every ``#>`` line, and the body of a triple-quoted string written
    right under a print() (pytest-examples' form for output with newlines).
    """
    found = [
        (number, m["text"] or "")
        for number, line in enumerate(source.splitlines(), 1)
        if (m := _OUTPUT_LINE.match(line))
    ]
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
    return sorted(found)


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


def compare(path: Path, printed: str, how: str, settings: Settings) -> str | None:
    """Say where ``printed`` differs from the snippet's #> lines, or None."""
    source = path.read_text("utf-8")
    expected = expected_output(source)
    shown = [normalise(t, settings.varies) for _, t in expected]
    got = [normalise(t, settings.varies) for t in printed.splitlines()]
    if shown == got:
        return None
    i = next(
        (k for k, (a, b) in enumerate(zip(shown, got, strict=False)) if a != b),
        min(len(shown), len(got)),
    )
    # Where it printed more than the page shows, point at the last #> line.
    line = expected[min(i, len(expected) - 1)][0] if expected else 1
    diff = "\n".join(
        difflib.unified_diff(
            shown,
            got,
            "what the page shows (the #> lines, top to bottom)",
            f"what it printed {how}",
            lineterm="",
            n=2,
        )
    )
    return (
        f"{rel(path)}:{line}: the #> output differs from what the program prints "
        f"{how}.\n{diff}\n"
        "Fix: the #> lines, read top to bottom, must be exactly what a reader sees. "
        "If the new output is right, run `nox -s update -- "
        f"{rel(path)}` and review the diff. Print only from the main process and "
        "thread, after join()/gather(), in the order the prints run (a worker's print "
        "reaches the terminal in any order, or not at all in a notebook). A part of a "
        "line that truly differs between machines or runs goes in `varies` under "
        "[tool.snippet] (CONTRIBUTING.md: Output that differs between machines)."
    )


def timeout_message(path: Path, timeout: float, how: str) -> str:
    return (
        f"{rel(path)}:1: did not finish within {timeout:g} s {how}.\n"
        "Fix: find what it waits on (a worker that died, a queue nobody reads, a "
        "join before get, a non-daemon thread still running). If it is only slow, "
        "shrink the work; if it must take longer, set timeout and timeout-reason "
        "under [tool.snippet] in its PEP 723 block."
    )


def leftover_files(root: Path, before: set[Path]) -> list[str]:
    """Files under ``root`` that are new since ``before`` (bytecode aside)."""
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and p not in before and "__pycache__" not in p.parts
    )


def files_message(path: Path, where: str, files: list[str]) -> str:
    return (
        f"{rel(path)}:1: left files behind in {where}: {', '.join(files[:5])}"
        f"{' …' if len(files) > 5 else ''}.\n"
        "Fix: a reader runs examples from their checkout; write scratch files into "
        "a tempfile.TemporaryDirectory() (or delete them in a finally block)."
    )


def _process_group_members(pgid: int) -> list[str]:
    """'pid command' of each live process in the group (Linux), else []."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ")
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(
                f"{stat.parent.name} {cmdline.decode(errors='replace').strip()}"
            )
    return members


def run_as_reader(
    path: Path, settings: Settings, method: str | None = None
) -> str | None:
    """Run ``python snippets/…/x.py`` as a reader would; say what went wrong.

    It runs in a fresh copy of snippets/ with its own TMPDIR, so that a file
    it leaves behind is found instead of landing in the checkout, and in its
    own process group, so that a child process it leaves running is found.
    """
    name = rel(path)
    how = (
        "when run as `python "
        + name
        + "`"
        + (f" under the {method} start method" if method else "")
    )
    with tempfile.TemporaryDirectory() as scratch:
        root, tmp = Path(scratch, "root"), Path(scratch, "tmp")
        shutil.copytree(
            path.parent.parent,
            root / "snippets",
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        tmp.mkdir()
        before = set(root.rglob("*"))
        target = path.resolve().relative_to(path.parent.parent.resolve())
        command = [sys.executable, f"snippets/{target.as_posix()}"]
        if method:
            command[1:1] = [str(START_METHOD_RUNNER), method]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
        env |= {
            "TMPDIR": str(tmp),
            "TEMP": str(tmp),
            "TMP": str(tmp),
            "PYTHONDONTWRITEBYTECODE": "1",
            # A terminal shows each line as it is printed; unbuffered output is
            # the closest a file gets, here and on CI alike.
            "PYTHONUNBUFFERED": "1",
        }
        # Files, not pipes: a leftover child holding a pipe would hang the wait.
        with (
            open(Path(scratch, "out"), "w+") as out,
            open(Path(scratch, "err"), "w+") as err,
        ):
            proc = subprocess.Popen(
                command,
                cwd=root,
                stdout=out,
                stderr=err,
                env=env,
                start_new_session=os.name == "posix",
            )
            try:
                status = proc.wait(settings.timeout)
            except subprocess.TimeoutExpired:
                _kill_group(proc)
                return timeout_message(path, settings.timeout, how)
            out.seek(0), err.seek(0)
            printed, errors = out.read(), err.read()
        leftovers = _leftover_processes(proc.pid)
        if leftovers:
            return (
                f"{name}:1: left {len(leftovers)} process(es) running after it exited "
                f"{how}:\n  " + "\n  ".join(leftovers) + "\n"
                "Fix: join() every process you start, close pools with `with` (or "
                "close() and join()), and wait for subprocesses; a daemon=True child "
                "is ended at exit, a Popen child is not."
            )
        if status != 0:
            return (
                f"{name}:1: exited with status {status} {how}.\n"
                f"--- stderr ---\n{errors[-4000:]}\n"
                "Fix: a snippet must run cleanly; catch and print an error it shows "
                "on purpose."
            )
        files = leftover_files(root, before) + leftover_files(tmp, set())
        if files:
            return files_message(
                path, "the repository or the temporary directory", files
            )
    return compare(path, printed, how, settings)


def _leftover_processes(pgid: int) -> list[str]:
    """Processes still alive in the snippet's process group, which are killed."""
    if os.name != "posix":
        return []
    import time

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


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    else:
        proc.kill()
    proc.wait()


def run_in_process(
    path: Path, settings: Settings, eval_example: EvalExample, update: bool = False
) -> str | None:
    """Run the snippet as ``__main__`` in this process; say what went wrong.

    ``__spec__ = None`` and the real ``__file__`` make spawn and forkserver
    workers load the file by its path, as they do for ``python x.py``. With
    ``update``, pytest-examples rewrites the #> lines from this run instead.
    """
    example = CodeExample.create(path.read_text("utf-8"), path=path)
    module_globals = {"__spec__": None, "__file__": str(path.resolve())}
    threads, children = set(threading.enumerate()), _child_pids()
    main, cwd, sys_path, argv = (
        sys.modules["__main__"],
        os.getcwd(),
        list(sys.path),
        sys.argv,
    )
    scratch = Path(tempfile.mkdtemp(prefix="cwd-", dir=eval_example.tmp_path))
    sys.path.insert(0, str(path.resolve().parent))  # a sibling module, as for readers
    sys.argv = [rel(path)]  # not pytest's arguments
    os.chdir(scratch)
    printed = io.StringIO()
    try:
        if update:
            # One #> line per printed line, however long: pytest-examples would
            # reflow a long one with black, which is not what a reader sees
            # (ruff's line-length check then asks for shorter output instead).
            eval_example.set_config(line_length=10_000)
            eval_example.run_print_update(
                example, module_globals=module_globals, rewrite_assertions=False
            )
        else:
            with contextlib.redirect_stdout(printed):
                eval_example.run(
                    example, module_globals=module_globals, rewrite_assertions=False
                )
    except SystemExit as exc:  # sys.exit() ends a reader's run, not the tests
        if exc.code not in (None, 0):
            return (
                f"{rel(path)}:1: called sys.exit({exc.code!r}) in the test process.\n"
                "Fix: a snippet must run cleanly and end with status 0; print the "
                "error it shows on purpose instead of exiting with it."
            )
    finally:
        sys.modules["__main__"], sys.path[:], sys.argv = main, sys_path, argv
        os.chdir(cwd)
    how = "in the test process"
    leftovers = _leftover_threads(threads) + _leftover_children(children)
    if leftovers:
        return (
            f"{rel(path)}:1: left {', '.join(leftovers)} running after it finished "
            f"{how}.\nFix: join() every thread and process you start (or use them "
            "through `with` blocks that join them), and shut down every pool."
        )
    files = leftover_files(scratch, set())
    if files:
        return files_message(path, "its working directory", files)
    return None if update else compare(path, printed.getvalue(), how, settings)


def _leftover_threads(before: set[threading.Thread]) -> list[str]:
    new = [t for t in threading.enumerate() if t not in before]
    for thread in new:
        thread.join(timeout=2)  # a pool's worker may still be on its way out
    return [f"thread {t.name!r}" for t in new if t.is_alive()]


def _child_pids() -> set[int]:
    """This process's live children (Linux); elsewhere multiprocessing's."""
    import multiprocessing

    pids = {p.pid for p in multiprocessing.active_children() if p.pid}
    for children in Path("/proc/self/task").glob("*/children"):
        with contextlib.suppress(OSError):
            pids.update(int(pid) for pid in children.read_text().split())
    return {pid for pid in pids if not _is_zombie(pid)}


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def _leftover_children(before: set[int]) -> list[str]:
    import multiprocessing.forkserver
    import multiprocessing.resource_tracker
    import time

    # multiprocessing's own helpers live as long as the process that started them.
    helpers = {
        getattr(multiprocessing.forkserver._forkserver, "_forkserver_pid", None),
        getattr(multiprocessing.resource_tracker._resource_tracker, "_pid", None),
    }
    deadline = time.monotonic() + 2
    while (new := _child_pids() - before - helpers) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in new:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    return [f"child process {pid}" for pid in sorted(new)]
