"""Where things are: the checkout's root, its pages and its snippets.

Scripts run as ``python tools/x.py`` (format_snippets, new_snippet,
actionlint) cannot import this and keep their own one-line ROOT.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
