"""timelines/timelines.toml: which programs are recorded, and how they are drawn."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tools.paths import DOCS, ROOT

CONFIG = ROOT / "timelines" / "timelines.toml"
RECORDINGS = ROOT / "timelines" / "recordings"
OUTPUT = DOCS / "timelines"
KEYS = {"program", "page", "lead", "marks", "hide", "args", "interval-ms"}
# A lead sentence says what the program does; every number comes from the run.
DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Hide:
    label: re.Pattern[str]
    reason: str


@dataclass(frozen=True)
class Timeline:
    name: str
    program: str  # relative to the repository root, as a reader types it
    page: str  # the page that includes docs/timelines/<name>.md
    lead: str
    marks: tuple[str, ...] = ()
    hide: tuple[Hide, ...] = ()
    args: tuple[str, ...] = ()
    interval_ms: float = 0.5

    def hidden(self, label: str) -> str | None:
        """Why a row with this label is left out of the picture, if it is."""
        return next((h.reason for h in self.hide if h.label.fullmatch(label)), None)


class ConfigError(Exception):
    pass


def load(path: Path = CONFIG) -> dict[str, Timeline]:
    data = tomllib.loads(path.read_text("utf-8"))
    timelines = {}
    for name, table in data.items():
        where = f"{path.name} [{name}]"
        if not re.fullmatch(r"[a-z0-9_]+", name):
            raise ConfigError(f"{where}: name it with a-z, 0-9 and _ only")
        unknown = set(table) - KEYS
        if unknown:
            raise ConfigError(
                f"{where}: unknown keys {sorted(unknown)}; use {sorted(KEYS)}"
            )
        for key in ("program", "page", "lead"):
            if not isinstance(table.get(key), str):
                raise ConfigError(f"{where}: '{key}' (a string) is missing")
        if DIGIT.search(table["lead"]):
            raise ConfigError(
                f"{where}: the lead has a digit; say what the program does in "
                "words, and let the recording give the numbers"
            )
        hide = []
        for rule in table.get("hide", []):
            if set(rule) != {"label", "reason"}:
                raise ConfigError(f"{where}: each hide rule has 'label' and 'reason'")
            hide.append(Hide(re.compile(rule["label"]), rule["reason"]))
        timelines[name] = Timeline(
            name=name,
            program=table["program"],
            page=table["page"],
            lead=table["lead"],
            marks=tuple(table.get("marks", ())),
            hide=tuple(hide),
            args=tuple(str(a) for a in table.get("args", ())),
            interval_ms=float(table.get("interval-ms", 0.5)),
        )
    return timelines
