"""Print the CI tests matrix from pyproject.toml's [tool.site], for $GITHUB_OUTPUT.

Every supported Python and free-threaded build on Linux; the newest Python on
macOS and Windows, where spawn is the default start method.
"""

import json
import tomllib
from pathlib import Path

site = tomllib.loads(Path("pyproject.toml").read_text("utf-8"))["tool"]["site"]
linux = [*site["pythons"], *site["free-threaded"]]
newest = site["pythons"][-1]
include = [{"os": "ubuntu-latest", "python": v} for v in linux] + [
    {"os": os, "python": newest} for os in ("macos-latest", "windows-latest")
]
print("matrix=" + json.dumps({"include": include}, separators=(",", ":")))
