"""Debug mode names the task step that held the event loop too long."""

import asyncio
import time


def parse_report() -> int:
    time.sleep(0.2)  # stands in for CPU-heavy or blocking work
    return 42


async def handle_request() -> int:
    return parse_report()  # blocks the loop: no await inside


async def main() -> None:
    # The default threshold is 0.1 s; a lower one catches shorter stalls.
    asyncio.get_running_loop().slow_callback_duration = 0.05
    task = asyncio.create_task(handle_request(), name="request-7")
    print("result:", await task)
    #> result: 42


if __name__ == "__main__":
    asyncio.run(main(), debug=True)  # or PYTHONASYNCIODEBUG=1, or python -X dev
    #2> Executing <Task finished name='request-7' coro=<handle_request() done, defined at snippets/diagnosis/slow_callback_warning.py:12> result=42 created at /root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/tasks.py:384> took 0.203 seconds
