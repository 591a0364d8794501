"""The Chromium that the browser checks drive, and whether this run is CI.

    python3 tools/chromium.py    # prints its path; exit status 1 if none

noxfile.py, tests/browser and .ci/run all ask here. Standard library only:
.ci/run calls it before anything is installed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
INSTALL_HINT = (
    "install it with `sudo apt-get install chromium` (Debian/Ubuntu), "
    "or set CHROMIUM to a Chrome or Chromium binary"
)
# Without these Chromium calls home at start (updates, sync, field trials).
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]


def on_ci() -> bool:
    """CI sets CI=true: a missing tool fails there, and is only skipped locally."""
    return os.environ.get("CI", "").lower() == "true"


def find() -> str | None:
    """$CHROMIUM or $CHROME_PATH if it is a file, else the first of NAMES on PATH."""
    for var in ("CHROMIUM", "CHROME_PATH"):
        path = os.environ.get(var)
        if path and Path(path).is_file():
            return path
    return next(filter(None, map(shutil.which, NAMES)), None)


if __name__ == "__main__":
    found = find()
    if found is None:
        sys.exit(f"Chromium not found: {INSTALL_HINT}")
    print(found)
