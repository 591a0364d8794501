"""Workload "dask": what a task costs on Dask's distributed scheduler, next to a
local ``ProcessPoolExecutor``, and from which task size each beats a loop.

Both run two worker processes of one thread each, the Dask cluster on loopback
(``LocalCluster``, dashboard off). Three measurements: start (a new pool, or a
new cluster and client, until its first task is back); round trip (many tiny
tasks submitted at once and gathered, divided by their number: what each task
costs beyond its work); crossover (the "tasksize" workload's ``spin`` tasks,
from tiny to large, in a loop, through the running pool with ``chunksize=1``,
one message per task as Dask sends them, and through ``client.map``).

Dask's ``submit``/``map`` assume pure functions and give identical calls one
key, computed once; every call here passes ``pure=False`` so that each task
really runs.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from benchmarks import common
from benchmarks.common import Figure
from benchmarks.tasksize import (
    break_even,
    crossover,
    crossover_chart,
    crossover_table,
    spin,
)

WORKERS = 2
# Recorded with the environment (benchmarks/__main__.py) beside aiohttp's.
PACKAGES = ("dask", "distributed")


@contextmanager
def dask_client(workers: int) -> Iterator[Any]:
    """A LocalCluster on loopback (free ports, scratch files in a temporary
    directory) and a client connected to it; both closed on exit."""
    import dask
    from dask.distributed import Client, LocalCluster

    with (
        tempfile.TemporaryDirectory() as scratch,
        dask.config.set({"temporary-directory": scratch}),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        yield client


def _first_task(client: Any) -> None:
    client.submit(spin, 1, pure=False).result()


def _start(reps: int, main_cluster: float) -> dict[str, Any]:
    """Seconds until a new pool, or a new cluster and client, returned a task.

    ``main_cluster`` is the start of the cluster the other measurements use;
    ``reps - 1`` more clusters are started (and closed) for the spread.
    """
    ctx = multiprocessing.get_context()

    def pool() -> None:
        with cf.ProcessPoolExecutor(WORKERS, mp_context=ctx) as ex:
            ex.submit(spin, 1).result()

    def cluster() -> None:
        with dask_client(WORKERS) as client:
            _first_task(client)

    common.progress("dask", f"start-up: a process pool, {reps} times")
    pool_start = common.repeat(pool, reps)
    samples = [main_cluster]
    if reps > 1:
        common.progress("dask", f"start-up: {reps - 1} more Dask clusters")
        samples += common.repeat(cluster, reps - 1)["samples"]
    return {"pool": pool_start, "dask": common.summarize(samples)}


def _round_trip(client: Any, ex: cf.Executor, tasks: int, reps: int) -> dict:
    """Seconds per task for ``tasks`` tiny tasks submitted at once."""

    def pool() -> None:
        futures = [ex.submit(spin, 10) for _ in range(tasks)]
        if sum(f.result() for f in futures) != spin(10) * tasks:
            raise AssertionError("the pool returned a wrong total")

    def dask() -> None:
        futures = [client.submit(spin, 10, pure=False) for _ in range(tasks)]
        if sum(client.gather(futures)) != spin(10) * tasks:
            raise AssertionError("Dask returned a wrong total")

    out: dict[str, Any] = {"tasks": tasks}
    for key, call in (("pool", pool), ("dask", dask)):
        common.progress("dask", f"round trip: {tasks} tiny tasks through {key}")
        call()  # warm: imports, connections
        total = common.repeat(call, reps)
        out[key] = common.summarize([s / tasks for s in total["samples"]])
    return out


def run(name: str, quick: bool) -> dict[str, Any]:
    reps = 1 if quick else 5
    sizes = [10, 10_000] if quick else [10, 100, 1_000, 10_000, 100_000, 1_000_000]
    tasks = 16 if quick else 64
    ctx = multiprocessing.get_context()
    common.progress("dask", "start-up: the Dask cluster the other measurements use")
    t = time.perf_counter()
    with dask_client(WORKERS) as client:
        _first_task(client)
        main_cluster = time.perf_counter() - t
        with cf.ProcessPoolExecutor(WORKERS, mp_context=ctx) as ex:
            round_trip = _round_trip(client, ex, 20 if quick else 500, reps)
            methods = {  # id: (label, call)
                "loop": ("loop", lambda args: [spin(a) for a in args]),
                "pool": (
                    f"ProcessPoolExecutor({WORKERS}).map, chunksize=1",
                    lambda args: list(ex.map(spin, args)),
                ),
                "dask": (
                    f"Dask client.map, {WORKERS} workers",
                    lambda args: client.gather(client.map(spin, args, pure=False)),
                ),
            }
            crossover_run = crossover("dask", methods, sizes, tasks, reps)
    # Clusters one after another, not side by side: each has the CPUs alone.
    start = _start(1 if quick else 3, main_cluster)
    return {
        "title": "Dask against a process pool",
        "params": {"workers": WORKERS, "threads_per_worker": 1, "repetitions": reps},
        "workers": WORKERS,
        "start": start,
        "round_trip": round_trip,
        "crossover": crossover_run,
    }


def problems(w: dict[str, Any]) -> list[str]:
    found = common.series_problems(
        "dask", w.get("crossover", {}).get("series", []), "sizes"
    )
    for part in ("start", "round_trip"):
        for key in ("pool", "dask"):
            found += common.timing_problems(
                f"dask/{part}/{key}", w.get(part, {}).get(key)
            )
    return found


def figures(w: dict[str, Any]) -> dict[str, Figure]:
    st, rt, c = w["start"], w["round_trip"], w["crossover"]
    pool_us = rt["pool"]["median"] * 1e6
    dask_us = rt["dask"]["median"] * 1e6
    tiny = f"{rt['tasks']:,} tiny tasks submitted at once, {w['workers']} workers"
    out = {
        "dask.start": Figure(
            common.fmt_time(st["dask"]["median"]),
            f"start a LocalCluster ({w['workers']} worker processes) and a client, "
            "until the first task is back",
        ),
        "dask.pool.start": Figure(
            common.fmt_time(st["pool"]["median"]),
            f"start a ProcessPoolExecutor({w['workers']}), "
            "until the first task is back",
        ),
        "dask.round_trip": Figure(
            common.fmt_us(dask_us), f"Dask: time per task, {tiny}"
        ),
        "dask.pool.round_trip": Figure(
            common.fmt_us(pool_us), f"ProcessPoolExecutor: time per task, {tiny}"
        ),
        "dask.round_trip.vs_pool": Figure(
            common.fmt_x(dask_us / pool_us),
            "Dask's time per tiny task against ProcessPoolExecutor's",
        ),
    }
    for s in c["series"][1:]:
        key = "dask.break_even" if s["id"] == "dask" else "dask.pool.break_even"
        what = f"{s['label']}: work per task where it starts to win"
        out[key] = Figure(break_even(c, s), what)
        out[key.replace("break_even", "best_speedup")] = Figure(
            common.fmt_x(max(s["speedup"])), f"{s['label']}: best speed-up over a loop"
        )
    return out


def table(w: dict[str, Any]) -> str:
    st, rt, c = w["start"], w["round_trip"], w["crossover"]
    labels = {"pool": f"ProcessPoolExecutor({w['workers']})", "dask": "Dask"}
    cost_rows = [
        [
            labels[key],
            common.fmt_time(st[key]["median"]),
            common.fmt_spread(st[key]),
            common.fmt_us(rt[key]["median"] * 1e6),
            common.fmt_spread(rt[key], lambda s: common.fmt_us(s * 1e6)),
        ]
        for key in ("pool", "dask")
    ]
    return (
        common.env_line(w)
        + f"**What it costs** ({w['workers']} worker processes, one thread each; "
        f"round trip: {rt['tasks']:,} tiny tasks submitted at once)\n\n"
        + common.md_table(
            [
                "engine",
                "start, until the first task is back",
                "spread",
                "time per tiny task",
                "spread",
            ],
            cost_rows,
        )
        + f"\n**Speed-up over a plain loop** ({c['tasks']} tasks, pool and cluster "
        "already running; above 1× the engine wins)\n\n" + crossover_table(c)
    )


def chart(w: dict[str, Any], c: dict[str, str]) -> Any:
    title = f"{w['crossover']['tasks']} tasks: a process pool and a Dask cluster"
    return crossover_chart(w, c, title, {"pool": "processes", "dask": "extra"})
