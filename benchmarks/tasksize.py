"""Workload "tasksize": when does a process pool beat a plain loop?

The same number of tasks runs in a loop and through pools, for task sizes
from a few microseconds to milliseconds of work. A pool pays for pickling
each task and result and for moving them between processes; chunksize sets
how many tasks travel together. Pools are started before the clock starts,
except in the ``Pool(4).map(square, …)`` case, which is timed as it is usually
written: pool creation included.
"""

from __future__ import annotations

import concurrent.futures as cf
import itertools
import math
import multiprocessing
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.common import (
    Figure,
    env_line,
    fmt_spread,
    fmt_time,
    fmt_us,
    fmt_x,
    md_table,
    progress,
    repeat,
    series_problems,
    timing_problems,
    usable_cpus,
)


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


Methods = dict[str, tuple[str, Callable[[list[int]], list[int]]]]


def time_methods(
    workload: str, methods: Methods, sizes: list[int], tasks: int, reps: int
) -> list[dict[str, Any]]:
    """Time each method on ``tasks`` tasks of each size; the first is the loop.

    Each call's answer is checked before it is timed. Speed-ups keep four
    significant digits: Dask on the tiniest tasks is far below 0.001x.
    """
    timings: dict[str, list[dict[str, Any]]] = {key: [] for key in methods}
    for size in sizes:
        args = [size] * tasks
        expected = spin(size) * tasks
        for key, (label, call) in methods.items():
            progress(workload, f"{tasks} tasks of {size:,} steps: {label}")
            if sum(call(args)) != expected:
                raise AssertionError(f"{label} returned a wrong total")
            timings[key].append(repeat(partial(call, args), reps))
    loop = [t["median"] for t in next(iter(timings.values()))]
    return [
        {
            "id": key,
            "label": methods[key][0],
            "sizes": sizes,
            "timings": ts,
            "speedup": [
                float(f"{b / t['median']:.4g}") for b, t in zip(loop, ts, strict=True)
            ],
        }
        for key, ts in timings.items()
    ]


def _crossover(sizes: list[int], tasks: int, reps: int, cpus: int) -> dict:
    ctx = multiprocessing.get_context()
    chunk = pool_default_chunksize(tasks, cpus)
    with ctx.Pool(cpus) as pool, cf.ProcessPoolExecutor(cpus, mp_context=ctx) as ex:
        pool.map(_warm, [0.05] * cpus, chunksize=1)
        list(ex.map(_warm, [0.05] * cpus))
        methods = {  # id: (label, call)
            "loop": ("loop", lambda args: [spin(a) for a in args]),
            "pool_map": (
                f"Pool.map (default chunksize={chunk})",
                lambda args: pool.map(spin, args),
            ),
            "executor_1": (
                "ProcessPoolExecutor.map (chunksize=1, its default)",
                lambda args: list(ex.map(spin, args)),
            ),
            "executor_chunked": (
                f"ProcessPoolExecutor.map (chunksize={chunk})",
                lambda args: list(ex.map(spin, args, chunksize=chunk)),
            ),
        }
        series = time_methods("tasksize", methods, sizes, tasks, reps)
    return {
        "sizes": sizes,
        "tasks": tasks,
        "chunksize": chunk,
        "task_us": [round(t["median"] / tasks * 1e6, 3) for t in series[0]["timings"]],
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
        cases = {  # id: (label, call)
            "loop": (
                "loop: [square(x) for x in range(n)]",
                lambda: [square(x) for x in items],
            ),
            "pool_cold": ("Pool(4).map, pool started inside the timing", cold_pool),
            "pool_warm": (
                "Pool(4).map, pool already running",
                lambda: warm.map(square, items),
            ),
            "executor_cold": (
                f"ProcessPoolExecutor(4).map, chunksize={chunk}, started inside",
                cold_executor,
            ),
        }
        rows: list[dict[str, Any]] = []
        for key, (label, call) in cases.items():
            progress("tasksize", f"square × {n:,}: {label}")
            if sum(call()) != expected:
                raise AssertionError(f"{label} returned a wrong total")
            rows.append({"id": key, "label": label, "timing": repeat(call, reps)})
    base = rows[0]["timing"]["median"]
    for row in rows:
        row["vs_loop"] = round(row["timing"]["median"] / base, 2)
    return {"items": n, "rows": rows}


def run(name: str, quick: bool) -> dict[str, Any]:
    cpus = usable_cpus()
    reps = 2 if quick else 5
    sizes = [10, 1000] if quick else [10, 100, 1_000, 10_000, 100_000]
    tasks = 32 if quick else 128
    crossover = _crossover(sizes, tasks, reps, cpus)
    square_case = _square_case(10_000 if quick else 100_000, reps)
    return {
        "title": "Task size and chunksize",
        "params": {"workers": cpus, "repetitions": reps, "function": "spin"},
        "cpus": cpus,
        "crossover": crossover,
        "square": square_case,
    }


def problems(w: dict[str, Any]) -> list[str]:
    c = w.get("crossover", {})
    found = series_problems("tasksize", c.get("series", []), "sizes")
    for row in w.get("square", {}).get("rows", []):
        found += timing_problems(f"square/{row.get('label')}", row.get("timing"))
    return found


def break_even_us(task_us: list[float], speedup: list[float]) -> float | None:
    """Work per task where a pool's speed-up crosses 1, on log-log axes."""
    points = list(zip(task_us, speedup, strict=True))
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if y0 < 1 <= y1:
            t = math.log(1 / y0) / math.log(y1 / y0)
            return math.exp(math.log(x0) + t * math.log(x1 / x0))
    return None


def figures(w: dict[str, Any]) -> dict[str, Figure]:
    c, sq = w["crossover"], w["square"]
    out = {}
    for s in c["series"][1:]:
        x = break_even_us(c["task_us"], s["speedup"])
        value = f"{fmt_us(x)}" if x else f"over {fmt_us(c['task_us'][-1])}"
        what = f"{s['label']}: work per task where the pool starts to win"
        out[f"tasksize.{s['id']}.break_even"] = Figure(value, what)
    items = f"square(x) for {sq['items']:,} numbers"
    for r in sq["rows"]:
        key = r["id"]
        out[f"tasksize.square.{key}.time"] = Figure(
            fmt_time(r["timing"]["median"]), f"{r['label']}: {items}"
        )
        if key == "loop":
            continue
        out[f"tasksize.square.{key}.vs_loop"] = Figure(
            fmt_x(r["vs_loop"]), f"{r['label']}: time against the loop, {items}"
        )
    out["tasksize.square.items"] = Figure(f"{sq['items']:,}", "numbers squared")
    return out


def table(w: dict[str, Any]) -> str:
    c, sq = w["crossover"], w["square"]
    loop, *pools = c["series"]
    head = ["steps per task", "work per task", "loop (all tasks)"]
    rows = [
        [f"{size:,}", fmt_us(c["task_us"][i]), fmt_time(loop["timings"][i]["median"])]
        + [fmt_x(s["speedup"][i]) for s in pools]
        for i, size in enumerate(c["sizes"])
    ]
    sq_rows = [
        [
            r["label"],
            fmt_time(r["timing"]["median"]),
            fmt_spread(r["timing"]),
            fmt_x(r["vs_loop"]),
        ]
        for r in sq["rows"]
    ]
    return (
        env_line(w) + f"**Speed-up over a plain loop** ({c['tasks']} tasks, "
        f"{w['cpus']} workers, pools already running; above 1× the pool wins)\n\n"
        + md_table(head + [s["label"] for s in pools], rows)
        + f"\n**`square(x)` for {sq['items']:,} numbers**\n\n"
        + md_table(["how", "median", "spread (min – max)", "time vs loop"], sq_rows)
    )


def crossover_chart(
    w: dict[str, Any],
    name: str,
    title: str,
    workers: int,
    colours: dict[str, str],
    directory: Path,
) -> list[Path]:
    """Speed-up over a loop against work per task, log-log, one line a pool."""
    from matplotlib.ticker import FuncFormatter

    from benchmarks import charts

    c = w["crossover"]
    pools = c["series"][1:]

    def chart(col: dict[str, str]) -> Any:
        fig, ax = charts.plt.subplots(figsize=(7.5, 5.8))
        label = "break-even with a plain loop"
        ax.axhline(1, color=col["sequential"], linewidth=1.2, label=label)
        label = f"ideal: {workers} workers busy"
        ax.axhline(
            workers, color=col["ideal"], linestyle="--", linewidth=1.6, label=label
        )
        for s, marker in zip(pools, "osD^", strict=False):
            colour = col[colours.get(s["id"], "asyncio")]
            ax.plot(
                c["task_us"],
                s["speedup"],
                marker=marker,
                color=colour,
                label=s["label"],
            )
        ax.set_xscale("log")
        ax.set_yscale("log")
        # The ideal line clear of the frame, and every point inside it.
        highest = max((v for s in pools for v in s["speedup"]), default=1.0)
        ax.set_ylim(top=max(workers * 1.6, highest * 1.3))
        ax.set_xlabel("work per task (µs, log scale)")
        ax.set_ylabel("speed-up over a loop (×, log)")
        ax.set_title(title, loc="left", pad=20)
        charts.subtitle(ax, w, col)
        ax.yaxis.set_major_formatter(
            FuncFormatter(lambda v, _: f"{charts.fmt_number(v)}×")
        )
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: charts.fmt_number(v)))
        charts.legend_below(ax, 1)
        return fig

    return charts.draw(directory, name, chart)


def render(w: dict[str, Any], directory: Path) -> list[Path]:
    c, cpus = w["crossover"], w["cpus"]
    title = f"{c['tasks']} tasks on {cpus} worker processes"
    colours = {"pool_map": "processes", "executor_1": "threads"}
    return crossover_chart(w, "tasksize", title, cpus, colours, directory)
