"""CPU-bound workloads "cpu" (pure-Python prime counting) and "hashlib" (sha256).

The same job is split into equal pieces and run sequentially, in a thread
pool, in a process pool, as asyncio coroutines and, where the running Python
has them, in an interpreter pool (3.14+). Pools are started and warmed up
before the clock starts: start-up cost is measured on its own under "Cost per
unit".
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import hashlib
from collections.abc import Callable
from typing import Any

from benchmarks import common
from benchmarks.common import Figure

# 1 MiB of bytes: hashlib releases the GIL for inputs longer than 2047 bytes.
BLOCK = bytes(range(256)) * 4096


# --8<-- [start:count_primes]
def count_primes(piece: tuple[int, int, int]) -> int:
    """Count primes among offset, offset+step, … below limit (trial division).

    Interleaved pieces give every worker the same mix of small and large numbers.
    """
    offset, step, limit = piece
    count = 0
    for n in range(offset, limit, step):
        if n < 2 or (n % 2 == 0 and n != 2):
            continue
        d = 3
        while d * d <= n:
            if n % d == 0:
                break
            d += 2
        else:
            count += 1
    return count


# --8<-- [end:count_primes]


# --8<-- [start:hash_blocks]
def hash_blocks(rounds: int) -> int:
    """Hash the 1 MiB block ``rounds`` times; C code does the work, GIL released."""
    last = b""
    for _ in range(rounds):
        last = hashlib.sha256(BLOCK).digest()
    return last[0]


# --8<-- [end:hash_blocks]


# Models that run on one thread, with no worker count.
ONE_THREAD = {"sequential", "asyncio"}


def worker_counts(cpus: int) -> list[int]:
    """1 to twice the CPUs; on big machines the powers of two plus the CPU count."""
    top = 2 * cpus
    if top <= 8:
        return list(range(1, top + 1))
    counts = {1, cpus, top} | {2**k for k in range(1, top.bit_length()) if 2**k < top}
    return sorted(counts)


def _asyncio_map(fn: Callable, pieces: list) -> list:
    """``fn`` on every piece, each in a coroutine of its own on one event loop."""

    async def one(piece):
        return fn(piece)

    async def main():
        return await asyncio.gather(*(one(p) for p in pieces))

    return asyncio.run(main())


def _pool_series(
    name: str, kind: str, label: str, make: Any, counts: list[int], timed: Callable
) -> dict[str, Any]:
    """One pool kind at every worker count, or why it was skipped."""
    entry = {"kind": kind, "label": label}
    if make is None:
        reason = "needs Python 3.14+ (concurrent.futures.InterpreterPoolExecutor)"
        return common.skipped(name, entry, reason)
    timings = []
    try:
        for workers in counts:
            with make(workers) as pool:
                common.warm(pool, workers)
                timings.append(timed(f"{label}, {workers} worker(s)", pool.map))
    except Exception as exc:  # recorded in the results, not hidden
        return common.skipped(name, entry, f"failed: {type(exc).__name__}: {exc}")
    return entry | {"workers": counts, "timings": timings}


def _add_speedups(
    series: list[dict[str, Any]], base: dict[str, Any], cpus: int
) -> None:
    """Speed-up on sequential (median, and its range), and its share of the ideal."""
    for s in series:
        if "timings" not in s:
            continue
        s["speedup"] = [round(base["median"] / t["median"], 3) for t in s["timings"]]
        s["speedup_min"] = [round(base["median"] / t["max"], 3) for t in s["timings"]]
        s["speedup_max"] = [round(base["median"] / t["min"], 3) for t in s["timings"]]
        # The physical limit: one worker per CPU, never more than the CPUs.
        ideal = [1 if s["kind"] in ONE_THREAD else min(w, cpus) for w in s["workers"]]
        s["ideal"] = ideal
        s["ratio_to_ideal"] = [
            round(x / i, 3) for x, i in zip(s["speedup"], ideal, strict=True)
        ]


# name: (table title, chart title, timed function)
JOBS: dict[str, tuple[str, str, Callable[..., Any]]] = {
    "cpu": ("CPU-bound: pure Python", "Pure-Python prime counting", count_primes),
    "hashlib": ("CPU-bound: hashlib", "hashlib.sha256 over 1 MiB blocks", hash_blocks),
}
PIECES = 24


def run(name: str, quick: bool) -> dict[str, Any]:
    """cpu: threads hold the GIL, processes do not; hashlib: C code releases it."""
    title, _, fn = JOBS[name]
    reps = 2 if quick else 5
    if name == "cpu":
        limit = 60_000 if quick else 600_000
        pieces: list = [(i, PIECES, limit) for i in range(PIECES)]
        expected = count_primes((0, 1, limit))
        params: dict[str, Any] = {"limit": limit}
    else:
        rounds = 1 if quick else 50
        pieces = [rounds] * PIECES
        expected = hash_blocks(1) * PIECES
        params = {"block_bytes": len(BLOCK), "blocks_per_piece": rounds}
    cpus = common.usable_cpus()
    counts = [1, 2] if quick else worker_counts(cpus)

    def timed(what: str, map_: Callable) -> dict[str, Any]:
        common.progress(name, f"{what}, {reps} repetitions")
        return common.checked(lambda: list(map_(fn, pieces)), expected, reps, name)

    # Speed-up vs sequential, which is timed first.
    base = timed("sequential", map)
    aio = timed("asyncio coroutines on one event loop", _asyncio_map)
    threads = "threads" if common.gil_enabled() else "threads (free-threaded)"
    interpreters = getattr(cf, "InterpreterPoolExecutor", None)
    series: list[dict[str, Any]] = [
        {
            "kind": "sequential",
            "label": "sequential",
            "workers": [1],
            "timings": [base],
        },
        {"kind": "asyncio", "label": "asyncio", "workers": [1], "timings": [aio]},
        _pool_series(name, "threads", threads, cf.ThreadPoolExecutor, counts, timed),
        _pool_series(
            name, "processes", "processes", cf.ProcessPoolExecutor, counts, timed
        ),
        _pool_series(
            name, "interpreters", "subinterpreters", interpreters, counts, timed
        ),
    ]
    _add_speedups(series, base, cpus)
    params = {"function": fn.__name__, "pieces": PIECES, "repetitions": reps, **params}
    return {
        "title": title,
        "params": params,
        "cpus": cpus,
        "worker_counts": counts,
        "series": series,
        "baseline_s": base["median"],
    }


def problems(w: dict[str, Any]) -> list[str]:
    found = common.series_problems(w["name"], w.get("series", []), "workers")
    ran = {s["kind"] for s in w.get("series", []) if "timings" in s}
    if {"sequential", "threads", "processes", "asyncio"} - ran:
        found.append(f"{w['name']}: sequential, threads, processes, asyncio expected")
    return found


def _speedup(w: dict[str, Any], kind: str, workers: int | None = None) -> float:
    s = next(s for s in w["series"] if s["kind"] == kind and "timings" in s)
    return s["speedup"][s["workers"].index(workers) if workers else 0]


def figures(w: dict[str, Any]) -> dict[str, Figure]:
    name, n = w["name"], w["cpus"]
    what = f"{JOBS[name][1]}: speed of {{}} against a plain loop"
    return {
        f"{name}.{kind}.speedup": Figure(
            common.fmt_x(_speedup(w, kind, workers)), what.format(units)
        )
        for kind, workers, units in (
            ("threads", n, f"{n} threads"),
            ("processes", n, f"{n} processes"),
            ("asyncio", None, "asyncio coroutines"),
        )
    }


def table(w: dict[str, Any]) -> str:
    rows = []
    for s in w["series"]:
        if "timings" not in s:
            rows.append([s["label"], "–", "skipped: " + s["skipped"], "", "", ""])
            continue
        for i, workers in enumerate(s["workers"]):
            t = s["timings"][i]
            rows.append(
                [
                    s["label"],
                    "–" if s["kind"] in ONE_THREAD else str(workers),
                    common.fmt_time(t["median"]),
                    common.fmt_spread(t),
                    common.fmt_x(s["speedup"][i]),
                    f"{s['ratio_to_ideal'][i]:.0%}",
                ]
            )
    p = w["params"]
    head = ["model", "workers", "median", "spread (min – max)", "speed-up", "of ideal"]
    return (
        common.env_line(w)
        + f"Work: `{p['function']}` over {p['pieces']} equal pieces, "
        f"{p['repetitions']} repetitions; speed-up = plain-loop median ÷ median; "
        "ratio to ideal = speed-up ÷ min(workers, CPUs).\n\n"
        + common.md_table(head, rows)
    )


# Sequential and asyncio have no worker count: one marker each, side by side
# just left of x=1, so neither hides the other nor the pools' first points.
SINGLE_MARKERS = {"sequential": ("s", -0.32), "asyncio": ("D", -0.18)}
# Lines that can run together (threads and processes on hashlib) both stay
# visible: threads wide underneath, processes narrow on top, each with a
# marker of its own. Kind: marker, marker size, line width.
POOL_STYLES = {
    "threads": ("o", 8, 3.4),
    "processes": ("s", 5.5, 1.8),
    "interpreters": ("^", 6, 1.8),
}


def chart(w: dict[str, Any], c: dict[str, str]) -> Any:
    from benchmarks import charts

    fig, ax = charts.plt.subplots(figsize=(7.5, 5.4))
    cpus, counts = w["cpus"], w["worker_counts"]
    ideal = [min(x, cpus) for x in counts]
    label = f"ideal: one worker per CPU ({cpus} CPUs)"
    ax.plot(counts, ideal, "--", color=c["ideal"], linewidth=1.6, label=label)
    for s in w["series"]:
        if "timings" not in s:
            continue
        lo = [m - a for m, a in zip(s["speedup"], s["speedup_min"], strict=True)]
        hi = [b - m for m, b in zip(s["speedup"], s["speedup_max"], strict=True)]
        style: dict[str, Any] = {"color": c[s["kind"]], "yerr": [lo, hi]}
        xs, label = s["workers"], s["label"]
        if len(xs) == 1:  # sequential and asyncio: no worker count
            marker, shift = SINGLE_MARKERS.get(s["kind"], ("D", 0))
            xs, label = [x + shift for x in xs], f"{label} (one thread, left of 1)"
            style |= {"fmt": marker, "markersize": 9, "capsize": 3}
            style |= {"markeredgecolor": c["panel"], "markeredgewidth": 0.6}
        else:
            marker, size, width = POOL_STYLES.get(s["kind"], ("o", 6, 2.2))
            style |= {"marker": marker, "markersize": size, "linewidth": width}
            style |= {"capsize": 4}
        ax.errorbar(xs, s["speedup"], label=label, **style)
    ax.set_xticks(counts, [charts.fmt_number(x) for x in counts])
    ax.set_xlim(min(counts) - 0.5, max(counts) + 0.3)
    ax.set_xlabel("workers")
    ax.set_ylabel("speed-up over a plain loop (×)")
    ax.set_ylim(bottom=0)
    charts.titled(ax, w, c, JOBS[w["name"]][1])
    return fig
