# /// script
# dependencies = ["jupyter-client>=8,<9", "ipykernel>=7,<8"]
# ///
"""Start a real IPython kernel and run cells in it, the way a notebook does.

The notebook examples on this page use ``notebook()``; on its own, this
module defines it and prints nothing.
"""

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any
from unittest.mock import patch

from jupyter_client.blocking.client import BlockingKernelClient
from jupyter_client.manager import KernelManager

HERE = Path(__file__).resolve().parent


class Notebook:
    """Cells go to the kernel; the output comes back as a notebook shows it."""

    def __init__(self, client: BlockingKernelClient, terminal: Path) -> None:
        self._client = client
        self._terminal = terminal

    def run(self, cell: str, expect: str = "") -> str:
        """Run one cell; with `expect`, also wait for a worker's late output."""
        shown: list[str] = []

        def collect(message: dict[str, Any]) -> None:
            content = message["content"]
            kind = message["msg_type"]
            if kind == "stream":
                shown.append(content["text"])
            elif kind == "execute_result":
                shown.append(content["data"]["text/plain"] + "\n")
            elif kind == "error":
                shown.append(f"{content['ename']}: {content['evalue']}\n")

        self._client.execute_interactive(cell, output_hook=collect, timeout=60)
        # Output that a process writes to the kernel's file descriptors is
        # forwarded by a kernel thread, and may arrive after the cell is done.
        deadline = time.monotonic() + 30
        while expect not in "".join(shown) and time.monotonic() < deadline:
            collect(self._client.get_iopub_msg(timeout=30))
        return "".join(shown)

    def terminal(self) -> str:
        """What the kernel process wrote to the terminal that started Jupyter."""
        return self._terminal.read_text()

    def terminal_line(self, start: str) -> str:
        """Wait for a line starting with `start` in the kernel's terminal."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            for line in self.terminal().splitlines():
                if line.startswith(start):
                    return line
            time.sleep(0.05)  # a worker process is still writing it
        raise TimeoutError(f"no line starting with {start!r} within 30 s")


@contextmanager
def notebook() -> Iterator[Notebook]:
    """A fresh kernel whose working directory is this folder, shut down after."""
    with TemporaryDirectory() as scratch:
        manager = KernelManager(
            kernel_name="python3", connection_file=os.path.join(scratch, "kernel.json")
        )
        terminal = Path(scratch, "terminal.log")
        # IPYTHONDIR keeps IPython's files (a profile, the kernel's history)
        # out of your home: finding the kernel imports IPython here too.
        with terminal.open("w") as log, patch.dict(os.environ, IPYTHONDIR=scratch):
            manager.start_kernel(cwd=str(HERE), stdout=log, stderr=log)
        client = manager.blocking_client()
        client.start_channels()
        try:
            client.wait_for_ready(timeout=60)
            yield Notebook(client, terminal)
        finally:
            client.stop_channels()
            manager.shutdown_kernel()
