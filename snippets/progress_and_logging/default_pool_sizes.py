"""Count the threads a default thread pool (and asyncio's) really starts."""

import asyncio
import os
import threading
from concurrent.futures import ThreadPoolExecutor

# Python 3.13+ sizes pools from the CPUs this process may use; 3.11 and
# 3.12 from the CPUs in the machine.
process_cpu_count = getattr(os, "process_cpu_count", os.cpu_count)


def threads_named(prefix: str) -> int:
    return sum(t.name.startswith(prefix) for t in threading.enumerate())


def fill_thread_pool(release: threading.Event) -> int:
    # Every task blocks, so the pool starts threads until it reaches its cap.
    with ThreadPoolExecutor(thread_name_prefix="pool") as pool:
        for _ in range(64):
            pool.submit(release.wait)
        started = threads_named("pool")
        release.set()
    return started


async def fill_default_executor(release: threading.Event) -> int:
    # The loop's default pool, the one asyncio.to_thread() uses.
    loop = asyncio.get_running_loop()
    waits = [loop.run_in_executor(None, release.wait) for _ in range(64)]
    started = threads_named("asyncio")
    release.set()
    await asyncio.gather(*waits)
    return started


if __name__ == "__main__":
    cpus = process_cpu_count() or 1
    print("CPUs the pools count:", cpus)
    #> CPUs the pools count: 2
    thread_pool = fill_thread_pool(threading.Event())
    print("ThreadPoolExecutor() started", thread_pool, "threads")
    #> ThreadPoolExecutor() started 6 threads
    default = asyncio.run(fill_default_executor(threading.Event()))
    print("asyncio's default executor started", default, "threads")
    #> asyncio's default executor started 6 threads
    # min(32, CPUs + 4): 4 more than the CPUs on any machine below 28 CPUs.
    print("threads above the CPU count:", thread_pool - cpus, default - cpus)
    #> threads above the CPU count: 4 4
