"""Start a new example: create its snippet file and print the block to paste.

    python -m nox -s new -- asyncio/retry_with_backoff

The name is ``<dir>/<what_it_shows>``: ``<dir>`` is the page's file name with
``-`` written as ``_`` (``docs/newer-python.md`` -> ``newer_python``), and
both parts are lowercase snake_case. An existing file is never overwritten.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")

TEMPLATE = '''\
"""{summary}"""


def main() -> None:
    # Replace this with the one idea the example shows. Print what the reader
    # should notice, from the main thread, after the work has finished.
    result = "{name}"
    print(result)


# The guard keeps the example importable: spawned worker processes import it.
if __name__ == "__main__":
    main()
'''

BROKEN_TEMPLATE = '''\
"""{summary}"""


def main() -> None:
    # Show the failure for real, catch it and print its type, so the program
    # still exits 0 and the output is the same on every Python version.
    try:
        raise RuntimeError("replace with the mistake this pitfall makes")
    except RuntimeError as exc:
        print(f"failed: {{type(exc).__name__}}")


if __name__ == "__main__":
    main()
'''


class BadName(ValueError):
    """A snippet name that does not follow the rules; the message says why."""


def pages(root: Path) -> dict[str, Path]:
    """Snippet directory name -> the page whose examples live there."""
    return {p.stem.replace("-", "_"): p for p in sorted((root / "docs").glob("*.md"))}


def parse(spec: str, root: Path = ROOT) -> tuple[str, str]:
    """Check ``dir/name`` and return both parts; raise BadName with the fix."""
    spec = spec.strip().removeprefix("snippets/").removesuffix(".py")
    parts = spec.split("/")
    if len(parts) != 2 or not all(parts):
        raise BadName(
            f"{spec!r}: give the page directory and the file name, "
            "as in asyncio/retry_with_backoff"
        )
    directory, name = parts
    known = pages(root)
    if directory not in known:
        raise BadName(
            f"{directory!r} matches no page in docs/ (docs/"
            f"{directory.replace('_', '-')}.md does not exist). Use one of: "
            + ", ".join(known)
        )
    if not SNAKE.fullmatch(name):
        suggestion = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
        raise BadName(
            f"{name!r}: use lowercase snake_case that says what the example "
            f"shows, such as {suggestion or 'retry_with_backoff'!r}"
        )
    return directory, name


def markdown_block(path: str) -> str:
    return f'```python title="{path}"\n--8<-- "{path}"\n```'


def create(spec: str, root: Path = ROOT) -> tuple[Path, str]:
    """Write the snippet from the template; return its path and the block."""
    directory, name = parse(spec, root)
    path = root / "snippets" / directory / f"{name}.py"
    rel = path.relative_to(root).as_posix()
    if path.exists():
        raise FileExistsError(f"{rel} already exists; pick another name")
    words = name.removesuffix("_broken").removesuffix("_fixed").replace("_", " ")
    summary = f"TODO: one sentence on what this shows ({words})."
    template = BROKEN_TEMPLATE if name.endswith("_broken") else TEMPLATE
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("x", encoding="utf-8") as f:  # "x": never overwrite
        f.write(template.format(summary=summary, name=name))
    return path, markdown_block(rel)


def main(argv: list[str] | None = None, root: Path = ROOT) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        for line in (
            "usage: python -m nox -s new -- <page dir>/<name>",
            "example: python -m nox -s new -- asyncio/retry_with_backoff",
        ):
            print(line, file=sys.stderr)
        return 2
    try:
        path, block = create(args[0], root)
    except (BadName, FileExistsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    rel = path.relative_to(root).as_posix()
    page = pages(root)[path.parent.name].relative_to(root).as_posix()
    print(f"created {rel}\n\nPaste this block where it belongs in {page}:\n")
    print(block)
    print(
        "\nThen write the program, and fill in its #> output and format it with:\n"
        f"\n    python -m nox -s update -- {rel}\n\n"
        "Finally run `python -m nox` and open a pull request."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
