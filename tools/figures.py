"""What the two figure generators, benchmarks/ and timelines/, share.

Both draw every figure twice: for Material's light scheme (white panel,
near-black text) and for its dark one (a panel in the page's own slate
background, light text). ``PALETTE`` holds the colours of each scheme, named
by hue: Okabe-Ito hues, which colour-blind readers can tell apart, each at
least 3:1 against its panel (text colours at least 4.5:1). Each generator
gives them its own roles (benchmarks/charts.py, timelines/render.py).

``parser`` is their shared command line: ``python -m PACKAGE [COMMAND]
[--only NAME]…``, to which each adds its own options.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

PALETTE: dict[str, dict[str, str]] = {
    "light": {
        "panel": "#ffffff",
        "ink": "#1a1a1a",
        "muted": "#555555",  # 7.5:1 on white
        "grey": "#767676",  # 4.5:1
        "blue": "#0072B2",
        "vermillion": "#D55E00",
        "green": "#009E73",
        "purple": "#AA3377",
        "ochre": "#8A6D00",
    },
    "dark": {
        "panel": "#1e2029",  # Material's slate background
        "ink": "#e6e6e6",
        "muted": "#b0b0b0",
        "grey": "#8f8f8f",
        "blue": "#56B4E9",
        "vermillion": "#FF8F5C",
        "green": "#2FC69B",
        "purple": "#E07FB5",
        "ochre": "#E0B400",
    },
}


def parser(
    prog: str,
    description: str,
    commands: Sequence[str],
    command_help: str,
    names: Sequence[str],
    only_help: str,
) -> argparse.ArgumentParser:
    """A COMMAND (the first is the default) and a repeatable ``--only NAME``."""
    cli = argparse.ArgumentParser(prog=prog, description=description)
    cli.add_argument(
        "command",
        nargs="?",
        choices=list(commands),
        default=commands[0],
        help=command_help,
    )
    cli.add_argument(
        "--only",
        action="append",
        choices=list(names),
        default=[],
        metavar="NAME",
        help=f"{only_help}, repeatable: {', '.join(names)}",
    )
    return cli
