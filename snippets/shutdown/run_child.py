"""Start a child program, wait until it reports "ready", then send it a signal.

Scaffolding for the signal snippets on the Shutdown page: it runs a real
``python`` child, never sleeps to guess when the child is ready, and returns
what the child printed and its exit status.
"""

import signal
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def signal_when_ready(
    program: str, signum: signal.Signals, *args: str
) -> tuple[list[str], int]:
    """Run ``python program``; send ``signum`` right after its "ready" line."""
    command = [sys.executable, str(HERE / program), "--wait-for-signal", *args]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        ready = child.stdout.readline()  # returns once the child has printed it
        child.send_signal(signum)
        try:
            rest, _ = child.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            child.kill()  # it ignored the signal: fail now, not wait for ever
            raise
    return [ready.rstrip("\n"), *rest.splitlines()], child.returncode
