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
        # Wall time stretches when the machine is busy; the CPU time a job
        # needs does not. Print only what holds on any machine.
        verdict = "almost none" if cpu < 0.01 else "plenty"
        print(f"{job.__name__}: {verdict} of its time on the CPU")
        #> wait_for_network: almost none of its time on the CPU
        #> crunch_numbers: plenty of its time on the CPU
