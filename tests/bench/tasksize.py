"""Task size vs overhead: when does a process pool beat a plain loop?

The same number of tasks runs in a loop and through pools, for task sizes
from a few microseconds to milliseconds of work. A pool pays for pickling
each task and result and for moving them between processes; chunksize sets
how many tasks travel together. Pools are started before the clock starts,
except in the ``Pool(4).map(square, …)`` case, which is timed as it is usually
written: pool creation included.
"""

from __future__ import annotations

import concurrent.futures as cf
import math
import multiprocessing
import time
from typing import Any

from tests.bench.common import environment, progress, repeat, usable_cpus


# --8<-- [start:spin]
def spin(n: int) -> int:
    """About ``n`` steps of pure-Python arithmetic: the size of one task."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def square(x: int) -> int:
    return x * x


# --8<-- [end:spin]


def _warm(delay: float) -> None:
    time.sleep(delay)


def pool_default_chunksize(items: int, workers: int) -> int:
    """What multiprocessing.Pool.map picks: about four chunks per worker."""
    return max(1, math.ceil(items / (4 * workers)))


def _crossover(sizes: list[int], tasks: int, reps: int, cpus: int) -> dict:
    ctx = multiprocessing.get_context()
    chunk = pool_default_chunksize(tasks, cpus)
    with ctx.Pool(cpus) as pool, cf.ProcessPoolExecutor(cpus, mp_context=ctx) as ex:
        pool.map(_warm, [0.05] * cpus, chunksize=1)
        list(ex.map(_warm, [0.05] * cpus))
        methods = {
            "loop": lambda args: [spin(a) for a in args],
            f"Pool.map (default chunksize={chunk})": lambda args: pool.map(spin, args),
            "ProcessPoolExecutor.map (chunksize=1, its default)": lambda args: list(
                ex.map(spin, args)
            ),
            f"ProcessPoolExecutor.map (chunksize={chunk})": lambda args: list(
                ex.map(spin, args, chunksize=chunk)
            ),
        }
        timings: dict[str, list] = {name: [] for name in methods}
        for size in sizes:
            args = [size] * tasks
            expected = spin(size) * tasks
            for name, call in methods.items():
                progress("tasksize", f"{tasks} tasks of {size} steps: {name}")
                if sum(call(args)) != expected:
                    raise AssertionError(f"{name} returned a wrong total")
                timings[name].append(repeat(lambda c=call, a=args: c(a), reps))
    loop = [t["median"] for t in timings["loop"]]
    series = []
    for name, ts in timings.items():
        series.append(
            {
                "label": name,
                "timings": ts,
                "speedup": [
                    round(b / t["median"], 3) for b, t in zip(loop, ts, strict=True)
                ],
            }
        )
    return {
        "sizes": sizes,
        "tasks": tasks,
        "chunksize": chunk,
        "task_us": [round(b / tasks * 1e6, 3) for b in loop],
        "series": series,
    }


def _square_case(n: int, reps: int) -> dict:
    """The classic example: four workers, tiny tasks, pool started inside."""
    ctx = multiprocessing.get_context()
    items = range(n)
    expected = sum(x * x for x in items)
    chunk = pool_default_chunksize(n, 4)

    def cold_pool() -> list[int]:
        with ctx.Pool(4) as pool:
            return pool.map(square, items)

    def cold_executor() -> list[int]:
        with cf.ProcessPoolExecutor(4, mp_context=ctx) as ex:
            return list(ex.map(square, items, chunksize=chunk))

    with ctx.Pool(4) as warm:
        warm.map(_warm, [0.05] * 4, chunksize=1)
        cases = {
            "loop: [square(x) for x in range(n)]": lambda: [square(x) for x in items],
            "Pool(4).map, pool started inside the timing": cold_pool,
            "Pool(4).map, pool already running": lambda: warm.map(square, items),
            f"ProcessPoolExecutor(4).map, chunksize={chunk}, started inside": cold_executor,
        }
        rows = []
        for name, call in cases.items():
            progress("tasksize", f"square × {n:,}: {name}")
            if sum(call()) != expected:
                raise AssertionError(f"{name} returned a wrong total")
            rows.append({"label": name, "timing": repeat(call, reps)})
    base = rows[0]["timing"]["median"]
    for row in rows:
        row["vs_loop"] = round(row["timing"]["median"] / base, 2)
    return {"items": n, "rows": rows}


def run_tasksize(quick: bool) -> dict[str, Any]:
    env = environment("quick" if quick else "full")
    started = time.perf_counter()
    cpus = usable_cpus()
    reps = 2 if quick else 5
    sizes = [10, 1000] if quick else [10, 100, 1_000, 10_000, 100_000]
    tasks = 32 if quick else 128
    crossover = _crossover(sizes, tasks, reps, cpus)
    square_case = _square_case(10_000 if quick else 100_000, reps)
    return {
        "name": "tasksize",
        "title": "Task size and chunksize",
        "environment": env,
        "params": {"workers": cpus, "repetitions": reps, "function": "spin"},
        "cpus": cpus,
        "crossover": crossover,
        "square": square_case,
        "duration_s": round(time.perf_counter() - started, 2),
    }
