"""The guards pass on the real site, and each one fails on a broken fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.guards import (
    check_all,
    check_dependencies,
    check_images,
    check_orphans,
    check_pages,
    check_template_leftovers,
)
from tools.snippets import ROOT


def test_site_passes_every_guard() -> None:
    problems = check_all(ROOT)
    assert not problems, "\n".join(map(str, problems))


@pytest.fixture
def site(tmp_path: Path):
    """A tiny site: one page, one snippet; write() adds or replaces files."""

    def write(rel: str, text: str) -> Path:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        return path

    write("snippets/demo/hello.py", 'print("hi")\n#> hi\n')
    write(
        "docs/demo.md",
        "# Demo\n\n"
        '```python title="snippets/demo/hello.py"\n'
        '--8<-- "snippets/demo/hello.py"\n'
        "```\n",
    )
    write.root = tmp_path  # type: ignore[attr-defined]
    return write


def messages(problems) -> list[str]:
    return [str(p) for p in problems]


def test_fixture_site_is_clean(site) -> None:
    assert check_all(site.root) == []


@pytest.mark.parametrize("lang", ["python", "py", "pycon"])
def test_inline_python_block_is_rejected(site, lang: str) -> None:
    site("docs/demo.md", f"# Demo\n\nText.\n\n```{lang}\nprint('inline')\n```\n")
    (msg,) = [m for m in messages(check_pages(site.root))]
    assert msg.startswith("docs/demo.md:5: Python code written inline")
    assert 'title="snippets/demo/' in msg  # says how to fix it


def test_inline_block_inside_content_tab_is_rejected(site) -> None:
    site(
        "docs/demo.md",
        '# Demo\n\n=== "Tab"\n\n    ```py\n    x = 1\n    ```\n'
        '\n```python title="snippets/demo/hello.py"\n'
        '--8<-- "snippets/demo/hello.py"\n```\n',
    )
    (msg,) = messages(check_pages(site.root))
    assert msg.startswith("docs/demo.md:5: Python code written inline")


def test_other_languages_may_be_inline(site) -> None:
    site(
        "docs/demo.md",
        '```bash\npython snippets/demo/hello.py\n```\n\n```python title="snippets/demo/hello.py"\n'
        '--8<-- "snippets/demo/hello.py"\n```\n',
    )
    assert check_all(site.root) == []


def test_include_of_missing_file_is_rejected(site) -> None:
    site(
        "docs/demo.md",
        '# Demo\n\n```python title="snippets/demo/helo.py"\n'
        '--8<-- "snippets/demo/helo.py"\n```\n'
        '\n```python title="snippets/demo/hello.py"\n'
        '--8<-- "snippets/demo/hello.py"\n```\n',
    )
    (msg,) = messages(check_pages(site.root))
    assert msg.startswith(
        'docs/demo.md:4: include "snippets/demo/helo.py" points to no file'
    )


def test_title_that_differs_from_include_is_rejected(site) -> None:
    site("snippets/demo/other.py", "print(1)\n#> 1\n")
    site(
        "docs/demo.md",
        '```python title="snippets/demo/hello.py"\n--8<-- "snippets/demo/hello.py"\n```\n\n'
        '```python title="snippets/demo/hello.py"\n--8<-- "snippets/demo/other.py"\n```\n',
    )
    (msg,) = messages(check_pages(site.root))
    assert msg.startswith(
        'docs/demo.md:5: code block has "snippets/demo/hello.py" but includes '
        '"snippets/demo/other.py"'
    )
    assert 'title="snippets/demo/other.py"' in msg


def test_missing_title_is_rejected(site) -> None:
    site("docs/demo.md", '```python\n--8<-- "snippets/demo/hello.py"\n```\n')
    (msg,) = messages(check_pages(site.root))
    assert msg.startswith("docs/demo.md:1: code block has no title")


def test_snippet_no_page_includes_is_rejected(site) -> None:
    site("snippets/demo/forgotten.py", "print(2)\n#> 2\n")
    (msg,) = messages(check_orphans(site.root))
    assert msg.startswith("snippets/demo/forgotten.py:1: no page includes this snippet")
    assert "docs/demo.md" in msg


def test_escaped_include_is_only_text(site) -> None:
    site(
        "docs/demo.md",
        '```text\n;--8<-- "snippets/nowhere.py"\n```\n\n'
        '```python title="snippets/demo/hello.py"\n--8<-- "snippets/demo/hello.py"\n```\n',
    )
    assert check_all(site.root) == []


def test_template_todo_left_in_a_snippet_is_rejected(site) -> None:
    site("snippets/demo/hello.py", '"""TODO: one sentence."""\nprint("hi")\n#> hi\n')
    (msg,) = messages(check_template_leftovers(site.root))
    assert msg.startswith("snippets/demo/hello.py:1: a TODO is left in the snippet")


@pytest.mark.parametrize(
    "image",
    [
        "![](chart.svg)",
        "![ ](chart.svg){ .chart }",
        '<img src="c.svg" alt="">',
        '<img src="c.svg">',
    ],
)
def test_image_without_alt_text_is_rejected(site, image: str) -> None:
    site("docs/demo.md", f"# Demo\n\n{image}\n")
    (msg,) = messages(check_images(site.root))
    assert msg.startswith("docs/demo.md:3: image without alt text")


def test_image_with_alt_text_passes(site) -> None:
    site(
        "docs/demo.md", '# Demo\n\n![A chart](c.svg)\n<img alt="A chart" src="c.svg">\n'
    )
    assert check_images(site.root) == []


def test_an_undeclared_third_party_import_is_named(site) -> None:
    """`uv run` installs only what the PEP 723 block declares."""
    site("snippets/demo/hello.py", "import json\n\nimport aiohttp\n\nprint(1)\n#> 1\n")
    (msg,) = messages(check_dependencies(site.root))
    assert msg.startswith("snippets/demo/hello.py:3: imports what its PEP 723 block")
    assert '# dependencies = ["aiohttp>=3.11,<4"]' in msg
    site(
        "snippets/demo/hello.py",
        '# /// script\n# dependencies = ["aiohttp>=3.11,<4"]\n# ///\n'
        "import aiohttp\n\nprint(1)\n#> 1\n",
    )
    assert check_dependencies(site.root) == []
    site("snippets/demo/hello.py", "import numpy\n\nprint(1)\n#> 1\n")
    (msg,) = messages(check_dependencies(site.root))
    assert msg.startswith("snippets/demo/hello.py:1: imports numpy, which pyproject")


def test_a_settings_table_naming_no_snippet_fails(site) -> None:
    site("snippets/demo/settings.toml", '["hello.py"]\ntimeout = 5\n\n["helo.py"]\n')
    (msg,) = [m for m in messages(check_all(site.root)) if "settings.toml" in m]
    assert "snippets/demo/settings.toml:4:" in msg and "names no file" in msg
