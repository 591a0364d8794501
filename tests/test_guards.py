"""The guards pass on the real site, and each one fails on a broken fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import guards
from tools.paths import ROOT


def test_site_passes_every_guard() -> None:
    problems = guards.check_all(ROOT)
    assert not problems, "\n".join(map(str, problems))


PAGE = "docs/demo.md"
HELLO = "snippets/demo/hello.py"
INCLUDE_HELLO = f'```python title="{HELLO}"\n--8<-- "{HELLO}"\n```\n'
PEP_723_AIOHTTP = '# /// script\n# dependencies = ["aiohttp>=3.11,<4"]\n# ///\n'


@pytest.fixture
def site(tmp_path: Path):
    """A tiny site, one page including one snippet, plus ``files`` (or that page)."""

    def make(files: dict[str, str] | str) -> Path:
        files = files if isinstance(files, dict) else {PAGE: files}
        files = {
            HELLO: 'print("hi")\n#> hi\n',
            PAGE: "# Demo\n\n" + INCLUDE_HELLO,
        } | files
        for name, text in files.items():
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_text(text, "utf-8")
        return tmp_path

    return make


CLEAN = {
    "fixture": {},
    "other languages inline": f"```bash\npython {HELLO}\n```\n\n{INCLUDE_HELLO}",
    "escaped include": f'```text\n;--8<-- "snippets/nowhere.py"\n```\n\n{INCLUDE_HELLO}',
    "alt text": f'# Demo\n\n![A chart](c.svg)\n<img alt="A chart" src="c.svg">\n{INCLUDE_HELLO}',
    "declared import": {HELLO: PEP_723_AIOHTTP + "import aiohttp\n\nprint(1)\n#> 1\n"},
}


@pytest.mark.parametrize("case", CLEAN)
def test_a_clean_fixture_passes(site, case: str) -> None:
    assert guards.check_all(site(CLEAN[case])) == []


INLINE = "Python code written inline"
NO_ALT = "docs/demo.md:3: image without alt text"
# name -> (files over the fixture's or the page, the guard, how its one problem starts, hints)
MISTAKES: dict[str, tuple] = {
    **{
        f"inline {lang}": (
            f"# Demo\n\nText.\n\n```{lang}\nprint('inline')\n```\n{INCLUDE_HELLO}",
            "check_pages",
            f"docs/demo.md:5: {INLINE}",
            'title="snippets/demo/',  # says how to fix it
        )
        for lang in ["python", "py", "pycon"]
    },
    "inline in a content tab": (
        f'# Demo\n\n=== "Tab"\n\n    ```py\n    x = 1\n    ```\n\n{INCLUDE_HELLO}',
        "check_pages",
        f"docs/demo.md:5: {INLINE}",
    ),
    "include of a missing file": (
        f'# Demo\n\n```python title="snippets/demo/helo.py"\n--8<-- "snippets/demo/helo.py"\n```\n\n{INCLUDE_HELLO}',
        "check_pages",
        'docs/demo.md:4: include "snippets/demo/helo.py" points to no file',
    ),
    "title differs from include": (
        {
            "snippets/demo/other.py": "print(1)\n#> 1\n",
            PAGE: f'{INCLUDE_HELLO}\n```python title="{HELLO}"\n--8<-- "snippets/demo/other.py"\n```\n',
        },
        "check_pages",
        f'docs/demo.md:5: code block has "{HELLO}" but includes "snippets/demo/other.py"',
        'title="snippets/demo/other.py"',
    ),
    "no title": (
        f'```python\n--8<-- "{HELLO}"\n```\n',
        "check_pages",
        "docs/demo.md:1: code block has no title",
    ),
    "snippet no page includes": (
        {"snippets/demo/forgotten.py": "print(2)\n#> 2\n"},
        "check_orphans",
        "snippets/demo/forgotten.py:1: no page includes this snippet",
        "docs/demo.md",
    ),
    "template TODO left": (
        {HELLO: '"""TODO: one sentence."""\nprint("hi")\n#> hi\n'},
        "check_template_leftovers",
        f"{HELLO}:1: a TODO is left in the snippet",
    ),
    **{
        f"image {image}": (f"# Demo\n\n{image}\n", "check_images", NO_ALT)
        for image in [
            "![](chart.svg)",
            "![ ](chart.svg){ .chart }",
            '<img src="c.svg" alt="">',
            '<img src="c.svg">',
        ]
    },
    # `uv run` installs only what the PEP 723 block declares.
    "undeclared import": (
        {HELLO: "import json\n\nimport aiohttp\n\nprint(1)\n#> 1\n"},
        "check_dependencies",
        f"{HELLO}:3: imports what its PEP 723 block",
        '# dependencies = ["aiohttp>=3.11,<4"]',
    ),
    "import missing from pyproject": (
        {HELLO: "import numpy\n\nprint(1)\n#> 1\n"},
        "check_dependencies",
        f"{HELLO}:1: imports numpy, which pyproject",
    ),
    "settings table naming no snippet": (
        {"snippets/demo/settings.toml": '["hello.py"]\ntimeout = 5\n\n["helo.py"]\n'},
        "check_settings_files",
        "",
        "snippets/demo/settings.toml:4:",
        "names no file",
    ),
}


@pytest.mark.parametrize("case", MISTAKES)
def test_each_guard_names_its_mistake_and_check_all_runs_it(site, case: str) -> None:
    files, guard, start, *hints = MISTAKES[case]
    root = site(files)
    (problem,) = map(str, getattr(guards, guard)(root))
    assert problem.startswith(start), problem
    assert all(hint in problem for hint in hints), problem
    assert problem in map(str, guards.check_all(root))
