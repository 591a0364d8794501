"""CONTRIBUTING.md reads right on GitHub and on the site, and what it names exists.

The site shows the file through docs/contributing.md, which includes it with
pymdownx.snippets: a relative link would break in one of the two places, and
an include line would be expanded on the site.
"""

from __future__ import annotations

import re

import yaml

from tools import new_snippet
from tools.guards import INCLUDE
from tools.paths import ROOT

GUIDE = ROOT / "CONTRIBUTING.md"
TEXT = GUIDE.read_text("utf-8")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_links_work_on_github_and_on_the_site() -> None:
    # Links inside code spans are text, not links.
    prose = re.sub(r"`[^`\n]*`", "", TEXT)
    for target in LINK.findall(prose):
        assert target.startswith(("https://", "#")), (
            f"CONTRIBUTING.md links to {target!r}: use an absolute https:// "
            "address or an #anchor, which work both on GitHub and on the site"
        )


def test_no_line_is_expanded_by_the_include_extension() -> None:
    for n, line in enumerate(TEXT.splitlines(), 1):
        m = INCLUDE.match(line)
        assert not m, (
            f"CONTRIBUTING.md:{n}: the site would replace this line with a file; "
            "write the include syntax inside a sentence instead"
        )


def test_the_walkthrough_example_name_is_valid() -> None:
    # Whether the file already exists is not checked: a contributor who follows
    # the walkthrough to the letter must end with a green run.
    walkthrough = re.search(r"nox -s new -- (\S+)", TEXT)
    assert walkthrough, "CONTRIBUTING.md no longer shows `nox -s new -- …`"
    directory, name = new_snippet.parse(walkthrough[1])
    assert f"snippets/{directory}/{name}.py" in TEXT


def test_it_names_every_issue_form() -> None:
    prose = " ".join(TEXT.split())
    for path in (ROOT / ".github/ISSUE_TEMPLATE").glob("*.yml"):
        form = yaml.safe_load(path.read_text("utf-8"))
        if "body" not in form:  # config.yml is not a form
            continue
        ids = [field["id"] for field in form["body"] if "id" in field]
        assert len(ids) == len(set(ids)), f"{path.name}: GitHub rejects duplicate ids"
        assert f'"{form["name"]}"' in prose, f"CONTRIBUTING.md never names {path.name}"


def test_version_sentences_name_the_supported_range() -> None:
    """README, CONTRIBUTING, Home and the footer follow [tool.site] pythons."""
    from tools.snippets import PYTHONS

    newest = PYTHONS[-1]
    for name in ["README.md", "CONTRIBUTING.md", "mkdocs.yml", "docs/index.md"]:
        text = (ROOT / name).read_text("utf-8")
        for m in re.finditer(r"3\.11 to (3\.\d+)", text):
            line = text[: m.start()].count("\n") + 1
            assert m[1] == newest, (
                f"{name}:{line}: says 3.11 to {m[1]}, but pyproject.toml supports "
                f"{', '.join(PYTHONS)}: write 3.11 to {newest}"
            )
