"""Find, describe and run the snippet files under snippets/.

A snippet is one complete program. Its printed output is written below each
``print()`` call as ``#>`` comments; ``check_output`` runs the file inside the
test process through pytest-examples and compares.

Optional settings live in the snippet's PEP 723 block, so a reader can also run
it with ``uv run snippets/…/x.py``::

    # /// script
    # requires-python = ">=3.14"
    # dependencies = ["aiohttp"]
    # [tool.snippet]
    # timeout = 60            # seconds, default SNIPPET_TIMEOUT
    # free-threaded = true    # needs a build without the GIL (3.13t, 3.14t)
    # platforms = ["linux", "darwin"]   # sys.platform values it runs on
    # ///
"""

from __future__ import annotations

import ast
import contextlib
import difflib
import os
import re
import signal
import subprocess
import sys
import sysconfig
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pytest_examples import CodeExample
from pytest_examples.config import ExamplesConfig
from pytest_examples.run_code import (
    InsertPrintStatements,
    comment_prefix_re,
    find_print_location,
    run_code,
    triple_quotes_prefix_re,
)

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
SNIPPET_TIMEOUT = 30
# Matches pyproject's ruff line-length, so inserted output fits the formatter.
EXAMPLES_CONFIG = ExamplesConfig(line_length=88, quotes="either")

_SCRIPT_BLOCK = re.compile(
    r"^# /// script$\s(?P<content>(^#(| .*)$\s)+)^# ///$", re.MULTILINE
)


def all_snippets() -> list[Path]:
    return sorted(SNIPPETS.rglob("*.py"))


def rel(path: Path) -> str:
    """The path as readers type it: relative to the repository root.

    A file elsewhere (a test fixture) keeps the path it was given: resolving
    it would turn macOS's /var/… into /private/var/….
    """
    resolved = path.resolve()
    if resolved.is_relative_to(ROOT):
        return resolved.relative_to(ROOT).as_posix()
    return str(path)


@dataclass
class SnippetMeta:
    requires_python: str | None = None
    timeout: float = SNIPPET_TIMEOUT
    free_threaded: bool = False
    platforms: list[str] | None = None
    extra: dict = field(default_factory=dict)

    def skip_reason(self) -> str | None:
        """Why this Python cannot run the snippet, or None when it can."""
        if self.requires_python:
            m = re.fullmatch(r">=\s*(\d+)\.(\d+)", self.requires_python.strip())
            if not m:
                raise ValueError(
                    f"requires-python {self.requires_python!r}: use the form '>=3.N'"
                )
            need = (int(m[1]), int(m[2]))
            if sys.version_info[:2] < need:
                return (
                    f"needs Python {need[0]}.{need[1]} or newer; "
                    f"this is {sys.version.split()[0]}"
                )
        if self.platforms is not None and sys.platform not in self.platforms:
            return f"runs only on {', '.join(self.platforms)}; this is {sys.platform}"
        if self.free_threaded and not sysconfig.get_config_var("Py_GIL_DISABLED"):
            return "needs a free-threaded build (python3.13t or newer, built without the GIL)"
        return None


def read_meta(path: Path) -> SnippetMeta:
    m = _SCRIPT_BLOCK.search(path.read_text("utf-8"))
    if not m:
        return SnippetMeta()
    toml = "".join(line[2:] + "\n" for line in m["content"].splitlines())
    data = tomllib.loads(toml)
    tool = data.get("tool", {}).get("snippet", {})
    return SnippetMeta(
        requires_python=data.get("requires-python"),
        timeout=float(tool.get("timeout", SNIPPET_TIMEOUT)),
        free_threaded=bool(tool.get("free-threaded", False)),
        platforms=tool.get("platforms"),
        extra=data,
    )


@dataclass
class OutputReport:
    """What running a snippet in-process found."""

    updated_source: str | None  # the source with fresh #> output, if it changed
    unchecked: list[int]  # lines of #> output that no executed print produced


def run_and_collect(path: Path) -> OutputReport:
    """Run ``path`` as ``__main__`` in this process and collect its prints.

    ``__spec__ = None`` makes spawn and forkserver children load the program
    by its file path, as they do when a reader runs ``python path``.
    """
    source = path.read_text("utf-8")
    example = CodeExample.create(source, path=path)
    insert_print: InsertPrintStatements
    insert_print, _ = run_code(
        example=example,
        python_file=path,
        loader=None,
        config=EXAMPLES_CONFIG,
        enable_print_mock=True,
        print_callback=None,
        include_print=None,
        module_globals={"__spec__": None},
        call=None,
    )
    updated = insert_print.updated_print_statements(example)
    executed = {s.line_no for s in insert_print.print_statements()}
    return OutputReport(updated, unchecked_output_lines(example, executed))


def unchecked_output_lines(example: CodeExample, executed: set[int]) -> list[int]:
    """Lines of ``#>`` output that sit under no print that ran in this process.

    pytest-examples compares output only for prints that ran here; a ``#>``
    comment under a print in a child process or a branch that never ran would
    otherwise be shown to readers without ever being checked.
    """
    lines = example.source.splitlines()
    covered: set[int] = set()  # 0-based indexes
    for line_no in executed:
        end, _ = find_print_location(example, line_no)
        i = end  # index of the first line after the print call
        if i < len(lines) and triple_quotes_prefix_re.search(lines[i]):
            j = i + 1
            while j < len(lines) and not triple_quotes_prefix_re.search(lines[j]):
                j += 1
            covered.update(range(i, j + 1))
        else:
            while i < len(lines) and comment_prefix_re.search(lines[i]):
                covered.add(i)
                i += 1
    unchecked = [
        n + 1
        for n, line in enumerate(lines)
        if re.match(r"\s*#>", line) and n not in covered
    ]
    # Triple-quoted output under a print that never ran here.
    tree = ast.parse(example.source)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "print"
            and node.lineno not in executed
        ):
            end, _ = find_print_location(example, node.lineno)
            if end < len(lines) and triple_quotes_prefix_re.search(lines[end]):
                unchecked.append(end + 1)
    return sorted(set(unchecked))


def output_diff(path: Path, old: str, new: str) -> tuple[int, str]:
    """The first changed line (1-based) and a unified diff of old -> new."""
    old_lines, new_lines = old.splitlines(), new.splitlines()
    first = next(
        (
            i + 1
            for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=False))
            if a != b
        ),
        min(len(old_lines), len(new_lines)) + 1,
    )
    diff = difflib.unified_diff(
        old_lines,
        new_lines,
        fromfile=f"{rel(path)} (as committed)",
        tofile=f"{rel(path)} (as it prints now)",
        lineterm="",
    )
    return first, "\n".join(diff)


class SnippetTimeout(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the main thread after ``seconds`` (POSIX; elsewhere no limit,
    and pytest-timeout's own limit stays as the backstop)."""
    if not seconds or not hasattr(signal, "setitimer"):
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise SnippetTimeout

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def output_problem(
    path: Path, update: bool = False, timeout: float | None = None
) -> str | None:
    """Run ``path`` in-process; say what is wrong with its #> output, if anything.

    With ``update`` a changed output is written back to the file instead.
    """
    name = rel(path)
    try:
        with time_limit(timeout):
            report = run_and_collect(path)
    except SnippetTimeout:
        return (
            f"{name}:1: did not finish within {timeout:g} s when run in the test "
            "process.\nFix: find what it waits on (a worker that died, a queue "
            "nobody reads, a join before get); if it is only slow, shrink the work "
            "or set `timeout` under [tool.snippet] in its PEP 723 block."
        )
    if report.updated_source is not None:
        if update:
            path.write_text(report.updated_source, "utf-8")
        else:
            line, diff = output_diff(
                path, path.read_text("utf-8"), report.updated_source
            )
            return (
                f"{name}:{line}: the #> output comments no longer match what "
                f"the program prints.\n{diff}\n"
                "Fix: if the new output is right, run `nox -s update` to rewrite "
                "the #> comments, then review the diff."
            )
    if report.unchecked:
        where = ", ".join(f"{name}:{n}" for n in report.unchecked)
        return (
            f"{where}: #> output that no print() in the main process produced, "
            "so it is never checked (a print in a child process, or in code "
            "that did not run, or a stray #> line).\n"
            "Fix: send the value back to the main process and print it there, "
            "after join()/gather(); or delete the comment."
        )
    return None


def run_as_reader(path: Path, timeout: float) -> str | None:
    """Run ``python <path>`` from the repository root; say what went wrong."""
    name = rel(path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    try:
        proc = subprocess.run(
            [sys.executable, name],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return (
            f"{name}:1: `python {name}` did not finish within {timeout:g} s.\n"
            "Fix: find what it waits on (a worker that died, a queue nobody "
            "reads, a join before get); if it is only slow, shrink the work or "
            "set `timeout` under [tool.snippet] in its PEP 723 block."
        )
    if proc.returncode != 0:
        return (
            f"{name}:1: `python {name}` exited with status {proc.returncode}.\n"
            f"--- stderr ---\n{proc.stderr[-4000:]}\n"
            "Fix: a snippet must run cleanly; catch and print an error that it "
            "shows on purpose."
        )
    return None
