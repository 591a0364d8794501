"""Guards on how pages and snippets fit together.

Every Python example on the site must be a file under snippets/ that a page
includes, with a title equal to its path, so that what readers see is exactly
what the tests run. Each guard returns problems as ``file:line: message`` that
says how to fix it.

Run directly for a report: ``python -m tools.guards`` (``--changed``: only
problems in files changed since git's HEAD, as the tests' fast loop runs it).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement

from tools.snippets import (
    ROOT,
    SettingsError,
    check_settings_file,
    script_block,
)

PYTHON_LANGS = {"py", "python", "python3", "py3", "pycon", "ipython"}
FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
# pymdownx.snippets single-line include: --8<-- "path" (a leading ; escapes it)
INCLUDE = re.compile(
    r"""^\s*(?P<escape>;?)-{1,}8<-{1,}\s+(["'])(?P<target>[^"']+)\2\s*$"""
)
TITLE = re.compile(r"""title=(["'])(?P<title>[^"']*)\1""")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class Fence:
    line: int  # 1-based line of the opening fence
    lang: str
    title: str | None
    body: list[tuple[int, str]]  # (line number, text)


def _fences(text: str) -> list[Fence]:
    lines = text.splitlines()
    fences: list[Fence] = []
    i = 0
    while i < len(lines):
        m = FENCE_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        indent, marker, info = m["indent"], m["fence"], m["info"].strip()
        lang = info.split()[0].lstrip(".{").lower() if info else ""
        title_m = TITLE.search(info)
        fence = Fence(i + 1, lang, title_m["title"] if title_m else None, [])
        i += 1
        closing = re.compile(
            rf"^{re.escape(indent)}\s{{0,3}}{marker[0]}{{{len(marker)},}}\s*$"
        )
        while i < len(lines) and not closing.match(lines[i]):
            fence.body.append((i + 1, lines[i]))
            i += 1
        fences.append(fence)
        i += 1  # skip the closing fence
    return fences


def _target_path(target: str) -> str:
    """Drop a pymdownx.snippets section or line range: file.py:name, file.py:3:9."""
    return re.sub(r"(\.\w+):[\w:-]*$", r"\1", target)


def _lines(root: Path, folder: str, pattern: str) -> list[tuple[str, int, str]]:
    """(file relative to root, line number, text) of each line of the files."""
    return [
        (path.relative_to(root).as_posix(), number, line)
        for path in sorted((root / folder).rglob(pattern))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
    ]


def check_pages(root: Path) -> list[Problem]:
    """Inline Python blocks, includes of missing files, titles that drift."""
    problems: list[Problem] = []
    for page in sorted((root / "docs").rglob("*.md")):
        name = page.relative_to(root).as_posix()
        stem = page.stem.replace("-", "_")
        for fence in _fences(page.read_text("utf-8")):
            includes = [
                (n, m["target"])
                for n, t in fence.body
                if (m := INCLUDE.match(t)) and not m["escape"]
            ]
            code = [(n, t) for n, t in fence.body if t.strip() and not INCLUDE.match(t)]
            if fence.lang in PYTHON_LANGS and code:
                problems.append(
                    Problem(
                        name,
                        fence.line,
                        f"Python code written inline in the page ({fence.lang} "
                        "block). Every Python example must be a runnable file: "
                        f"move it to snippets/{stem}/<what_it_shows>.py and "
                        "include it with\n"
                        f'    ```python title="snippets/{stem}/<what_it_shows>.py"\n'
                        f'    --8<-- "snippets/{stem}/<what_it_shows>.py"\n'
                        "    ```",
                    )
                )
            for n, target in includes:
                path = _target_path(target)
                if not (root / path).is_file():
                    problems.append(
                        Problem(
                            name,
                            n,
                            f'include "{target}" points to no file. Fix the path '
                            "(relative to the repository root) or create the file.",
                        )
                    )
                if path.startswith("snippets/") and fence.title != path:
                    shown = f'"{fence.title}"' if fence.title else "no title"
                    problems.append(
                        Problem(
                            name,
                            fence.line,
                            f'code block has {shown} but includes "{path}". Put '
                            f'the included path in the fence: title="{path}".',
                        )
                    )
    return problems


def check_orphans(root: Path) -> list[Problem]:
    """Snippet files that no page includes: untested by readers' eyes."""
    included = {
        _target_path(m["target"])
        for _, _, line in _lines(root, "docs", "*.md")
        if (m := INCLUDE.match(line)) and not m["escape"]
    }
    problems = []
    for path in sorted((root / "snippets").rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name not in included:
            page = f"docs/{path.parent.name.replace('_', '-')}.md"
            problems.append(
                Problem(
                    name,
                    1,
                    "no page includes this snippet. Include it in a page "
                    f'(probably {page}) with ```python title="{name}" and '
                    f'--8<-- "{name}" inside, or delete the file.',
                )
            )
    return problems


TODO_LEFT = (
    "a TODO is left in the snippet (the `nox -s new` template starts with one). "
    "Say in one sentence what the program shows, or finish what the TODO asks."
)


def check_template_leftovers(root: Path) -> list[Problem]:
    """A TODO left by `nox -s new` would be published as it is."""
    return [
        Problem(name, number, TODO_LEFT)
        for name, number, line in _lines(root, "snippets", "*.py")
        if "TODO" in line
    ]


EMPTY_ALT = re.compile(r"!\[\s*\]\(|<img\b(?![^>]*\balt=[\"'][^\"']*\w)[^>]*>", re.I)
NO_ALT = (
    "image without alt text. Say in words what it shows, as ![Line chart: threads "
    "stay near 1x while processes climb](chart.svg); a chart's alt text gives its "
    "conclusion."
)


def check_images(root: Path) -> list[Problem]:
    """An image without alt text: axe accepts alt="" as decorative, readers don't."""
    return [
        Problem(name, number, NO_ALT)
        for name, number, line in _lines(root, "docs", "*.md")
        if EMPTY_ALT.search(line)
    ]


# Standard-library modules newer than the Python that may run this guard.
NEWER_STDLIB = {"annotationlib", "compression", "profiling", "_remote_debugging"}
# Where the import name is not the distribution's name in pyproject.toml.
DISTRIBUTION_OF = {"distributed": "dask", "jupyter_client": "jupyter-client"}


def _imports(source: str) -> dict[str, int]:
    """Top-level names the program imports, with the first line of each."""
    found: dict[str, int] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level:
            names = [node.module or ""]
        else:
            continue
        for name in names:
            found.setdefault(name.split(".")[0], node.lineno)
    return found


def _example_requirements(root: Path) -> dict[str, str]:
    """pyproject.toml's examples group: distribution name -> requirement text."""
    pyproject = root / "pyproject.toml"
    if not pyproject.exists():  # a test's fixture site uses the real groups
        pyproject = ROOT / "pyproject.toml"
    groups = tomllib.loads(pyproject.read_text("utf-8"))
    return {
        Requirement(text).name.lower(): text
        for text in groups["dependency-groups"]["examples"]
        if isinstance(text, str)
    }


def _same(a: str, b: str) -> bool:
    """Whether two requirements ask for the same thing, however written."""
    try:
        return Requirement(a) == Requirement(b)
    except InvalidRequirement:
        return False


def _undeclared(
    path: Path, allowed: dict[str, str]
) -> tuple[int, list[str], list[str]]:
    """(first line, what it must declare, imports no group lists) of a snippet."""
    stdlib = set(sys.stdlib_module_names) | NEWER_STDLIB
    declared = script_block(path).get("dependencies", [])
    first, wanted, unknown = 0, [], []
    imports = _imports(path.read_text("utf-8"))
    # `uv run` installs for the file it runs: a sibling module's imports too.
    for module, line in list(imports.items()):
        if (sibling := path.parent / f"{module}.py").exists():
            for name in _imports(sibling.read_text("utf-8")):
                imports.setdefault(name, line)
    for module, line in imports.items():
        if module in stdlib or (path.parent / f"{module}.py").exists():
            continue
        dist = DISTRIBUTION_OF.get(module, module.replace("_", "-")).lower()
        want = allowed.get(dist)
        if want is None:
            unknown.append(module)
        elif not any(_same(want, d) for d in declared) and want not in wanted:
            wanted.append(want)
        else:
            continue
        first = first or line
    return first, wanted, unknown


def check_dependencies(root: Path) -> list[Problem]:
    """Third-party imports that `uv run snippets/…` would not install."""
    allowed = _example_requirements(root)
    problems = []
    for path in sorted((root / "snippets").rglob("*.py")):
        name = path.relative_to(root).as_posix()
        try:
            line, wanted, unknown = _undeclared(path, allowed)
        except SettingsError as exc:
            problems.append(Problem(name, 1, str(exc).split(": ", 1)[1]))
            continue
        if unknown:
            problems.append(
                Problem(
                    name,
                    line,
                    f"imports {', '.join(unknown)}, which pyproject.toml's examples "
                    "group does not list. Add it there with bounds, run `uv lock`, "
                    "and declare it in the snippet's PEP 723 dependencies.",
                )
            )
        elif wanted:
            listed = ", ".join(f'"{w}"' for w in wanted)
            problems.append(
                Problem(
                    name,
                    line,
                    f"imports what its PEP 723 block does not declare, so `uv run "
                    f"{name}` stops with ImportError. Declare {listed} (the bounds "
                    "of pyproject.toml's examples group) at the top of the file:\n"
                    f"    # /// script\n    # dependencies = [{listed}]\n    # ///",
                )
            )
    return problems


def check_settings_files(root: Path) -> list[Problem]:
    """settings.toml tables naming no file: a setting nobody reads."""
    problems = []
    for folder in sorted(p for p in (root / "snippets").iterdir() if p.is_dir()):
        try:
            found = check_settings_file(folder)
        except SettingsError as exc:
            found = [str(exc)]
        for message in found:
            where, line, text = message.split(":", 2)
            problems.append(Problem(where, int(line), text.strip()))
    return problems


def check_all(root: Path) -> list[Problem]:
    return (
        check_pages(root)
        + check_orphans(root)
        + check_template_leftovers(root)
        + check_images(root)
        + check_dependencies(root)
        + check_settings_files(root)
    )


def changed_files(root: Path) -> set[str] | None:
    """Files that differ from git's HEAD, untracked ones too; None without git."""
    try:
        out = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"],
            cwd=root,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return {line[3:].split(" -> ")[-1].strip('"') for line in out.splitlines()}


def main(argv: list[str] | None = None) -> int:
    """All problems; with --changed, those in files changed since HEAD."""
    args = sys.argv[1:] if argv is None else argv
    problems = check_all(ROOT)
    if "--changed" in args and (changed := changed_files(ROOT)) is not None:
        problems = [p for p in problems if p.path in changed]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in pages and snippets", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
