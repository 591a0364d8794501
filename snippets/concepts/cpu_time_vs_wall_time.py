"""Tell waiting from computing: compare CPU time with wall-clock time."""

import time
from collections.abc import Callable


def wait_for_network() -> None:
    time.sleep(0.2)  # stands in for a slow server: the CPU has nothing to do


def crunch_numbers() -> None:
    sum(i * i for i in range(1_000_000))  # every moment is spent computing


def measure(job: Callable[[], None]) -> tuple[float, float]:
    """Return (CPU seconds, wall seconds) that the job took."""
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    job()
    return time.process_time() - cpu_start, time.perf_counter() - wall_start


if __name__ == "__main__":
    for job in (wait_for_network, crunch_numbers):
        cpu, wall = measure(job)
        cpu_ms, wall_ms = round(cpu * 1000), round(wall * 1000)
        # Both times differ from machine to machine, and wall time stretches
        # when the machine is busy; compare the two on each line.
        print(f"{job.__name__}: {cpu_ms} ms on the CPU, {wall_ms} ms by the clock")
        #> wait_for_network: 0 ms on the CPU, 200 ms by the clock
        #> crunch_numbers: 61 ms on the CPU, 62 ms by the clock
