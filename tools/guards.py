"""Guards on how pages and snippets fit together.

Every Python example on the site must be a file under snippets/ that a page
includes, with a title equal to its path, so that what readers see is exactly
what the tests run. Each guard returns problems as ``file:line: message`` that
says how to fix it.

Run directly for a quick report: ``python tools/guards.py``.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

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


def _pages(docs: Path) -> list[Path]:
    return sorted(docs.rglob("*.md"))


def check_pages(root: Path) -> list[Problem]:
    """Inline Python blocks, includes of missing files, titles that drift."""
    problems: list[Problem] = []
    for page in _pages(root / "docs"):
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


def included_files(root: Path) -> set[str]:
    found: set[str] = set()
    for page in _pages(root / "docs"):
        for line in page.read_text("utf-8").splitlines():
            m = INCLUDE.match(line)
            if m and not m["escape"]:
                found.add(_target_path(m["target"]))
    return found


def check_orphans(root: Path) -> list[Problem]:
    """Snippet files that no page includes: untested by readers' eyes."""
    included = included_files(root)
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


def check_template_leftovers(root: Path) -> list[Problem]:
    """A TODO left by `nox -s new` would be published as it is."""
    problems = []
    for path in sorted((root / "snippets").rglob("*.py")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if "TODO" in line:
                problems.append(
                    Problem(
                        path.relative_to(root).as_posix(),
                        number,
                        "a TODO is left in the snippet (the `nox -s new` template "
                        "starts with one). Say in one sentence what the program "
                        "shows, or finish what the TODO asks.",
                    )
                )
    return problems


EMPTY_ALT = re.compile(r"!\[\s*\]\(|<img\b(?![^>]*\balt=[\"'][^\"']*\w)[^>]*>", re.I)


def check_images(root: Path) -> list[Problem]:
    """An image without alt text: axe accepts alt="" as decorative, readers don't."""
    problems = []
    for page in _pages(root / "docs"):
        for number, line in enumerate(page.read_text("utf-8").splitlines(), 1):
            if EMPTY_ALT.search(line):
                problems.append(
                    Problem(
                        page.relative_to(root).as_posix(),
                        number,
                        "image without alt text. Say in words what it shows, as "
                        "![Line chart: threads stay near 1x while processes climb"
                        "](chart.svg); a chart's alt text gives its conclusion.",
                    )
                )
    return problems


def check_all(root: Path) -> list[Problem]:
    return (
        check_pages(root)
        + check_orphans(root)
        + check_template_leftovers(root)
        + check_images(root)
    )


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    problems = check_all(root)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in pages and snippets", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
