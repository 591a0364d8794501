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
    # on can be fewer (taskset, a container's cpuset). os.process_cpu_count()
    # (3.13+) answers the second question the same way.
    print("CPUs in the machine:", os.cpu_count())
    #> CPUs in the machine: 2
    print("CPUs this process may use:", len(os.sched_getaffinity(0)))
    #> CPUs this process may use: 2

    # Four workers, all pinned to the same single CPU: they still run and
    # finish, sharing that core in turns, as any processes may.
    with multiprocessing.Pool(processes=4, initializer=pin_to_first_cpu) as pool:
        print("CPUs each task could use:", pool.map(allowed_cpus, range(8)))
        #> CPUs each task could use: [1, 1, 1, 1, 1, 1, 1, 1]
