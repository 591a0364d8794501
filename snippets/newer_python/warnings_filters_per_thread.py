"""-X context_aware_warnings: one thread's catch_warnings() stays its own."""

import subprocess
import sys
import threading
import warnings

quiet_inside = threading.Event()
loud_done = threading.Event()


def quiet_thread() -> None:
    with warnings.catch_warnings(action="ignore"):  # meant for this thread only
        quiet_inside.set()
        loud_done.wait()


def loud_thread() -> None:
    quiet_inside.wait()
    warnings.warn("disk almost full", stacklevel=1)  # at the same moment
    loud_done.set()


def two_threads() -> None:
    threads = [
        threading.Thread(target=quiet_thread),
        threading.Thread(target=loud_thread),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def warnings_shown(setting: str) -> list[str]:
    run = subprocess.run(
        [sys.executable, "-X", f"context_aware_warnings={setting}", __file__, "--run"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [
        line.split(": ", 1)[1] for line in run.stderr.splitlines() if "Warning" in line
    ]


if __name__ == "__main__":
    if sys.argv[1:] == ["--run"]:
        two_threads()
    else:
        # Older Pythons ignore the -X option: they behave as with 0.
        for setting in ("0", "1"):
            print(f"context_aware_warnings={setting}:", warnings_shown(setting))
            #> context_aware_warnings=0: []
            #> [3.11-3.13] context_aware_warnings=1: []
            #> [3.14+] context_aware_warnings=1: ['UserWarning: disk almost full']
