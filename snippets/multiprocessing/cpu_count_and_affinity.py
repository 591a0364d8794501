# /// script
# [tool.snippet]
# platforms = ["linux"]
# ///
"""Processes are not given a core each: the operating system decides."""

import multiprocessing
import os


def pin_to_first_cpu() -> None:
    # Restrict this worker to one CPU; the parent's own mask is unchanged.
    first = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {first})


def allowed_cpus(_: int) -> int:
    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    # cpu_count() counts the machine's CPUs; the CPUs this process may run
    # on can be fewer (containers, taskset). os.process_cpu_count() (3.13+)
    # answers the second question directly.
    usable = len(os.sched_getaffinity(0))
    process_cpu_count = getattr(os, "process_cpu_count", None)
    if process_cpu_count is not None:
        usable = process_cpu_count() or usable
    print("usable CPUs <= CPUs in the machine:", usable <= (os.cpu_count() or 1))
    #> usable CPUs <= CPUs in the machine: True

    # Four workers, all pinned to the same single CPU: they still run and
    # finish, sharing that core in turns, as any processes may.
    with multiprocessing.Pool(processes=4, initializer=pin_to_first_cpu) as pool:
        print("CPUs each task could use:", pool.map(allowed_cpus, range(8)))
        #> CPUs each task could use: [1, 1, 1, 1, 1, 1, 1, 1]
