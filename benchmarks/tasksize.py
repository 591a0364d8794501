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
from collections.abc import Callable
from functools import partial
from typing import Any

from benchmarks import common
from benchmarks.common import Figure


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


def pool_default_chunksize(items: int, workers: int) -> int:
    """What multiprocessing.Pool.map picks: about four chunks per worker."""
    return max(1, math.ceil(items / (4 * workers)))


Methods = dict[str, tuple[str, Callable[[list[int]], list[int]]]]


def crossover(
    workload: str, methods: Methods, sizes: list[int], tasks: int, reps: int
) -> dict[str, Any]:
    """Time each method on ``tasks`` tasks of each size, against ``methods["loop"]``.

    Each call's answer is checked before it is timed. Speed-ups keep four
    significant digits: Dask on the tiniest tasks is far below 0.001x.
    """
    timings: dict[str, list[dict[str, Any]]] = {key: [] for key in methods}
    for size in sizes:
        expected = spin(size) * tasks
        for key, (label, call) in methods.items():
            common.progress(workload, f"{tasks} tasks of {size:,} steps: {label}")
            timed = common.checked(partial(call, [size] * tasks), expected, reps, label)
            timings[key].append(timed)
    loop = [t["median"] for t in timings["loop"]]
    series = [
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
    task_us = [round(m / tasks * 1e6, 3) for m in loop]
    return {"sizes": sizes, "tasks": tasks, "task_us": task_us, "series": series}


def _crossover(sizes: list[int], tasks: int, reps: int, cpus: int) -> dict:
    ctx = multiprocessing.get_context()
    chunk = pool_default_chunksize(tasks, cpus)
    with ctx.Pool(cpus) as pool, cf.ProcessPoolExecutor(cpus, mp_context=ctx) as ex:
        common.warm(pool, cpus)
        common.warm(ex, cpus)
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
        return {"chunksize": chunk} | crossover("tasksize", methods, sizes, tasks, reps)


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

    with ctx.Pool(4) as running:
        common.warm(running, 4)
        cases = {  # id: (label, call)
            "loop": (
                "loop: [square(x) for x in range(n)]",
                lambda: [square(x) for x in items],
            ),
            "pool_cold": ("Pool(4).map, pool started inside the timing", cold_pool),
            "pool_warm": (
                "Pool(4).map, pool already running",
                lambda: running.map(square, items),
            ),
            "executor_cold": (
                f"ProcessPoolExecutor(4).map, chunksize={chunk}, started inside",
                cold_executor,
            ),
        }
        rows: list[dict[str, Any]] = []
        for key, (label, call) in cases.items():
            common.progress("tasksize", f"square × {n:,}: {label}")
            timing = common.checked(call, expected, reps, label)
            rows.append({"id": key, "label": label, "timing": timing})
    base = rows[0]["timing"]["median"]
    for row in rows:
        row["vs_loop"] = round(row["timing"]["median"] / base, 2)
    return {"items": n, "rows": rows}


def run(name: str, quick: bool) -> dict[str, Any]:
    cpus = common.usable_cpus()
    reps = 2 if quick else 5
    sizes = [10, 1000] if quick else [10, 100, 1_000, 10_000, 100_000]
    tasks = 32 if quick else 128
    return {
        "title": "Task size and chunksize",
        "params": {"workers": cpus, "repetitions": reps, "function": "spin"},
        "cpus": cpus,
        "crossover": _crossover(sizes, tasks, reps, cpus),
        "square": _square_case(10_000 if quick else 100_000, reps),
    }


def problems(w: dict[str, Any]) -> list[str]:
    c = w.get("crossover", {})
    found = common.series_problems("tasksize", c.get("series", []), "sizes")
    for row in w.get("square", {}).get("rows", []):
        found += common.timing_problems(f"square/{row.get('label')}", row.get("timing"))
    return found


def break_even(c: dict[str, Any], s: dict[str, Any]) -> str:
    """Work per task where series ``s`` crosses 1 (log-log), as pages show it."""
    points = list(zip(c["task_us"], s["speedup"], strict=True))
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if y0 < 1 <= y1:
            t = math.log(1 / y0) / math.log(y1 / y0)
            return common.fmt_us(math.exp(math.log(x0) + t * math.log(x1 / x0)))
    return f"over {common.fmt_us(c['task_us'][-1])}"


def figures(w: dict[str, Any]) -> dict[str, Figure]:
    c, sq = w["crossover"], w["square"]
    out = {}
    for s in c["series"][1:]:
        what = f"{s['label']}: work per task where the pool starts to win"
        out[f"tasksize.{s['id']}.break_even"] = Figure(break_even(c, s), what)
    items = f"square(x) for {sq['items']:,} numbers"
    for r in sq["rows"]:
        key = r["id"]
        out[f"tasksize.square.{key}.time"] = Figure(
            common.fmt_time(r["timing"]["median"]), f"{r['label']}: {items}"
        )
        if key == "loop":
            continue
        out[f"tasksize.square.{key}.vs_loop"] = Figure(
            common.fmt_x(r["vs_loop"]), f"{r['label']}: time against the loop, {items}"
        )
    out["tasksize.square.items"] = Figure(f"{sq['items']:,}", "numbers squared")
    return out


def crossover_table(c: dict[str, Any]) -> str:
    """Each series' speed-up over the loop, one row per task size."""
    loop, *others = c["series"]
    head = ["steps per task", "work per task", "loop (all tasks)"]
    rows = [
        [
            f"{size:,}",
            common.fmt_us(c["task_us"][i]),
            common.fmt_time(loop["timings"][i]["median"]),
        ]
        + [common.fmt_x(s["speedup"][i]) for s in others]
        for i, size in enumerate(c["sizes"])
    ]
    return common.md_table(head + [s["label"] for s in others], rows)


def table(w: dict[str, Any]) -> str:
    c, sq = w["crossover"], w["square"]
    sq_rows = [
        [
            r["label"],
            common.fmt_time(r["timing"]["median"]),
            common.fmt_spread(r["timing"]),
            common.fmt_x(r["vs_loop"]),
        ]
        for r in sq["rows"]
    ]
    return (
        common.env_line(w) + f"**Speed-up over a plain loop** ({c['tasks']} tasks, "
        f"{w['cpus']} workers, pools already running; above 1× the pool wins)\n\n"
        + crossover_table(c)
        + f"\n**`square(x)` for {sq['items']:,} numbers**\n\n"
        + common.md_table(
            ["how", "median", "spread (min – max)", "time vs loop"], sq_rows
        )
    )


def crossover_chart(
    w: dict[str, Any], col: dict[str, str], title: str, colours: dict[str, str]
) -> Any:
    """Speed-up over a loop against work per task, log-log, one line a pool."""
    from matplotlib.ticker import FuncFormatter

    from benchmarks import charts

    c, workers = w["crossover"], w["params"]["workers"]
    pools = c["series"][1:]
    fig, ax = charts.plt.subplots(figsize=(7.5, 5.8))
    label = "break-even with a plain loop"
    ax.axhline(1, color=col["sequential"], linewidth=1.2, label=label)
    label = f"ideal: {workers} workers busy"
    ax.axhline(workers, color=col["ideal"], linestyle="--", linewidth=1.6, label=label)
    for s, marker in zip(pools, "osD^", strict=False):
        colour = col[colours.get(s["id"], "asyncio")]
        ax.plot(
            c["task_us"], s["speedup"], marker=marker, color=colour, label=s["label"]
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    # The ideal line clear of the frame, and every point inside it.
    highest = max((v for s in pools for v in s["speedup"]), default=1.0)
    ax.set_ylim(top=max(workers * 1.6, highest * 1.3))
    ax.set_xlabel("work per task (µs, log scale)")
    ax.set_ylabel("speed-up over a loop (×, log)")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{charts.fmt_number(v)}×"))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: charts.fmt_number(v)))
    charts.titled(ax, w, col, title, 1)
    return fig


def chart(w: dict[str, Any], c: dict[str, str]) -> Any:
    title = f"{w['crossover']['tasks']} tasks on {w['cpus']} worker processes"
    colours = {"pool_map": "processes", "executor_1": "threads"}
    return crossover_chart(w, c, title, colours)
