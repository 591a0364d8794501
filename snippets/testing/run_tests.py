# /// script
# dependencies = ["pytest>=8.3,<10", "pytest-asyncio>=1,<2", "pytest-timeout>=2.3,<3", "aiohttp>=3.11,<4", "anyio>=4.4,<5"]
# ///
"""Run the test files of this page with pytest, in a child process; show verdicts.

On Windows, pytest-timeout cannot use a signal and ends the whole run at the
first timeout (test_fail_fast.py), so this program is for Linux and macOS.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEST_FILES = [
    "test_async_code.py",
    "test_wait_with_event.py",
    "test_race_with_barrier.py",
    "test_fail_fast.py",
    "test_leaks.py",
]
# The lines of pytest's short summary (-rA) that give one test's outcome.
VERDICT = re.compile(r"^(PASSED|FAILED|ERROR|XFAIL|XPASS|SKIPPED) ")


def run_pytest(files: list[str]) -> list[str]:
    command = [sys.executable, "-B", "-m", "pytest", *files]  # -B: no __pycache__
    command += ["-q", "--tb=no", "-rA", "-p", "no:cacheprovider"]
    # Settings of our own, not those of a pyproject.toml further up.
    command += ["-c", os.devnull, "--rootdir", str(HERE)]
    command += ["-o", "asyncio_default_fixture_loop_scope=function"]
    # An outer pytest run (this site's own tests) must not pass its settings on.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env["COLUMNS"] = "200"  # room for each failure's message
    result = subprocess.run(
        command, cwd=HERE, env=env, capture_output=True, text=True, timeout=60
    )
    return [line for line in result.stdout.splitlines() if VERDICT.match(line)]


if __name__ == "__main__":
    by_file: dict[str, list[str]] = {name: [] for name in TEST_FILES}
    for verdict in run_pytest(TEST_FILES):  # "FAILED test_x.py::test_y - why"
        outcome, test, *why = verdict.split(" ", 2)
        test_file, test_name = test.split("::")
        by_file[test_file].append(f"{outcome} {test_name}")
        if why:  # "- the error's message"
            by_file[test_file].append("       " + why[0].removeprefix("- "))
    # --8<-- [start:async_code]
    for line in by_file["test_async_code.py"]:
        print(line)
        #> PASSED test_hello
        #> PASSED test_gather_keeps_order
        #> PASSED test_with_anyio
        #> FAILED test_hello_from_another_loop
        #>        RuntimeError: Timeout context manager should be used inside a task
    # --8<-- [end:async_code]
    # --8<-- [start:wait_with_event]
    for line in by_file["test_wait_with_event.py"]:
        print(line)
        #> PASSED test_sends_in_the_background
        #> PASSED test_assert_in_a_thread_is_lost
        #> FAILED test_assert_in_a_future_is_seen
        #>        assert (1 + 1) == 3
    # --8<-- [end:wait_with_event]
    # --8<-- [start:race_with_barrier]
    for line in by_file["test_race_with_barrier.py"]:
        print(line)
        #> PASSED test_loads_each_key_once[LockedCache]
        #> FAILED test_loads_each_key_once[Cache]
        #>        AssertionError: assert ['a', 'a'] == ['a']
    # --8<-- [end:race_with_barrier]
    # --8<-- [start:fail_fast]
    for line in by_file["test_fail_fast.py"]:
        print(line)
        #> FAILED test_reply_within_half_a_second
        #>        TimeoutError
        #> FAILED test_deadlock_is_stopped
        #>        Failed: Timeout (>1.0s) from pytest-timeout.
    # --8<-- [end:fail_fast]
    # --8<-- [start:leaks]
    for line in by_file["test_leaks.py"]:
        print(line)
        #> PASSED test_poller_left_running
        #> PASSED test_heartbeat_left_running
        #> PASSED test_heartbeat_awaited
        #> ERROR test_poller_left_running
        #>        Failed: threads left running: ['poller']
        #> ERROR test_heartbeat_left_running
        #>        Failed: tasks left running: ['heartbeat']
        #> ERROR test_heartbeat_in_shared_loop
        #>        Failed: no_task_left needs the test's own loop, not a module loop
    # --8<-- [end:leaks]
