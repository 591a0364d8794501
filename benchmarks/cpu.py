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
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import (
    Figure,
    env_line,
    fmt_spread,
    fmt_time,
    fmt_x,
    gil_enabled,
    md_table,
    progress,
    repeat,
    series_problems,
    usable_cpus,
)

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


def _warm(delay: float) -> None:
    time.sleep(delay)


def worker_counts(cpus: int) -> list[int]:
    """1 to twice the CPUs; on big machines the powers of two plus the CPU count."""
    top = 2 * cpus
    if top <= 8:
        return list(range(1, top + 1))
    counts = {1, cpus, top} | {2**k for k in range(1, top.bit_length()) if 2**k < top}
    return sorted(counts)


def _pool_map(
    make: Callable[[int], cf.Executor], fn: Callable, pieces: list, workers: int
) -> tuple[cf.Executor, Callable[[], list]]:
    """A warmed-up pool, returned with the callable that the clock times."""
    pool = make(workers)
    # One sleeping task per worker forces every worker to exist before timing.
    list(pool.map(_warm, [0.05] * workers))
    return pool, lambda: list(pool.map(fn, pieces))


def _asyncio_run(fn: Callable, pieces: list) -> list:
    async def one(piece):
        return fn(piece)

    async def main():
        return await asyncio.gather(*(one(p) for p in pieces))

    return asyncio.run(main())


PoolKind = tuple[str, str, Callable[[int], cf.Executor] | None, str]


def _pools() -> list[PoolKind]:
    """(kind, label, factory or None, reason when None)."""
    threads = "threads (free-threaded)" if not gil_enabled() else "threads"
    interp = getattr(cf, "InterpreterPoolExecutor", None)
    return [
        ("threads", threads, lambda w: cf.ThreadPoolExecutor(w), ""),
        ("processes", "processes", lambda w: cf.ProcessPoolExecutor(w), ""),
        (
            "interpreters",
            "subinterpreters",
            (lambda w: interp(w)) if interp else None,
            "needs Python 3.14+ (concurrent.futures.InterpreterPoolExecutor)",
        ),
    ]


def _pool_series(
    name: str,
    pool: PoolKind,
    fn: Callable,
    pieces: list,
    counts: list[int],
    reps: int,
    check: Callable[[list], None],
) -> dict[str, Any]:
    """One pool kind at every worker count, or why it was skipped."""
    kind, label, make, reason = pool
    if make is None:
        progress(name, f"{label}: skipped, {reason}")
        return {"kind": kind, "label": label, "skipped": reason}
    timings = []
    try:
        for w in counts:
            progress(name, f"{label}, {w} worker(s), {reps} repetitions")
            executor, run = _pool_map(make, fn, pieces, w)
            with executor:
                check(run())
                timings.append(repeat(run, reps))
    except Exception as exc:  # recorded in the results, not hidden
        reason = f"failed: {type(exc).__name__}: {exc}"
        progress(name, f"{label}: {reason}")
        return {"kind": kind, "label": label, "skipped": reason}
    return {"kind": kind, "label": label, "workers": counts, "timings": timings}


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
        ideal = [
            min(w, cpus) if s["kind"] in {"threads", "processes", "interpreters"} else 1
            for w in s["workers"]
        ]
        s["ideal"] = ideal
        s["ratio_to_ideal"] = [
            round(x / i, 3) for x, i in zip(s["speedup"], ideal, strict=True)
        ]


def compare(
    name: str, fn: Callable, pieces: list, reps: int, expected: Any, quick: bool
) -> dict[str, Any]:
    """Run ``fn`` over ``pieces`` under every model; speed-up vs sequential."""
    cpus = usable_cpus()
    counts = [1, 2] if quick else worker_counts(cpus)

    def check(result: list) -> None:
        if sum(result) != expected:
            raise AssertionError(f"{name}: wrong total {sum(result)} != {expected}")

    progress(name, f"sequential, {reps} repetitions")
    check([fn(p) for p in pieces])
    base = repeat(lambda: [fn(p) for p in pieces], reps)
    progress(name, "asyncio coroutines on one event loop")
    check(_asyncio_run(fn, pieces))
    aio = repeat(lambda: _asyncio_run(fn, pieces), reps)
    series: list[dict[str, Any]] = [
        {
            "kind": "sequential",
            "label": "sequential",
            "workers": [1],
            "timings": [base],
        },
        {"kind": "asyncio", "label": "asyncio", "workers": [1], "timings": [aio]},
        *[
            _pool_series(name, pool, fn, pieces, counts, reps, check)
            for pool in _pools()
        ],
    ]
    _add_speedups(series, base, cpus)
    return {
        "cpus": cpus,
        "worker_counts": counts,
        "series": series,
        "baseline_s": base["median"],
    }


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
    out = compare(name, fn, pieces, reps, expected, quick)
    return {
        "title": title,
        "params": {
            "function": fn.__name__,
            "pieces": PIECES,
            "repetitions": reps,
            **params,
        },
        **out,
    }


def problems(w: dict[str, Any]) -> list[str]:
    found = series_problems(w["name"], w.get("series", []), "workers")
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
        f"{name}.threads.speedup": Figure(
            fmt_x(_speedup(w, "threads", n)), what.format(f"{n} threads")
        ),
        f"{name}.processes.speedup": Figure(
            fmt_x(_speedup(w, "processes", n)), what.format(f"{n} processes")
        ),
        f"{name}.asyncio.speedup": Figure(
            fmt_x(_speedup(w, "asyncio")), what.format("asyncio coroutines")
        ),
    }


def table(w: dict[str, Any]) -> str:
    rows = []
    for s in w["series"]:
        if "timings" not in s:
            rows.append([s["label"], "–", "skipped: " + s["skipped"], "", "", ""])
            continue
        for i, workers in enumerate(s["workers"]):
            t = s["timings"][i]
            one_thread = s["kind"] in {"sequential", "asyncio"}
            rows.append(
                [
                    s["label"],
                    "–" if one_thread else str(workers),
                    fmt_time(t["median"]),
                    fmt_spread(t),
                    fmt_x(s["speedup"][i]),
                    f"{s['ratio_to_ideal'][i]:.0%}",
                ]
            )
    p = w["params"]
    head = ["model", "workers", "median", "spread (min – max)", "speed-up", "of ideal"]
    return (
        env_line(w) + f"Work: `{p['function']}` over {p['pieces']} equal pieces, "
        f"{p['repetitions']} repetitions; speed-up = plain-loop median ÷ median; "
        "ratio to ideal = speed-up ÷ min(workers, CPUs).\n\n" + md_table(head, rows)
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


def render(w: dict[str, Any], directory: Path) -> list[Path]:
    from benchmarks import charts

    def chart(c: dict[str, str]) -> Any:
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
        ax.set_title(JOBS[w["name"]][1], loc="left", pad=20)
        charts.subtitle(ax, w, c)
        charts.legend_below(ax)
        return fig

    return charts.draw(directory, w["name"], chart)
