"""CPU-bound workloads: pure-Python prime counting, and hashlib.sha256.

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
from typing import Any

from tests.bench.common import (
    environment,
    gil_enabled,
    progress,
    repeat,
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
) -> Callable[[], list]:
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


def _pools() -> list[tuple[str, str, Callable[[int], cf.Executor] | None, str]]:
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


def compare(
    name: str, fn: Callable, pieces: list, reps: int, expected: Any, quick: bool
) -> dict[str, Any]:
    """Run ``fn`` over ``pieces`` under every model; speed-up vs sequential."""
    cpus = usable_cpus()
    counts = [1, 2] if quick else worker_counts(cpus)
    series: list[dict[str, Any]] = []

    def check(result: list) -> None:
        if sum(result) != expected:
            raise AssertionError(f"{name}: wrong total {sum(result)} != {expected}")

    progress(name, f"sequential, {reps} repetitions")
    check([fn(p) for p in pieces])
    base = repeat(lambda: [fn(p) for p in pieces], reps)
    series.append(
        {"kind": "sequential", "label": "sequential", "workers": [1], "timings": [base]}
    )

    progress(name, "asyncio coroutines on one event loop")
    check(_asyncio_run(fn, pieces))
    aio = repeat(lambda: _asyncio_run(fn, pieces), reps)
    series.append(
        {"kind": "asyncio", "label": "asyncio", "workers": [1], "timings": [aio]}
    )

    for kind, label, make, reason in _pools():
        if make is None:
            series.append({"kind": kind, "label": label, "skipped": reason})
            progress(name, f"{label}: skipped, {reason}")
            continue
        timings = []
        try:
            for w in counts:
                progress(name, f"{label}, {w} worker(s), {reps} repetitions")
                pool, run = _pool_map(make, fn, pieces, w)
                with pool:
                    check(run())
                    timings.append(repeat(run, reps))
        except Exception as exc:  # recorded in the results, not hidden
            reason = f"failed: {type(exc).__name__}: {exc}"
            series.append({"kind": kind, "label": label, "skipped": reason})
            progress(name, f"{label}: {reason}")
            continue
        series.append(
            {"kind": kind, "label": label, "workers": counts, "timings": timings}
        )

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
    return {
        "cpus": cpus,
        "worker_counts": counts,
        "series": series,
        "baseline_s": base["median"],
    }


def run_cpu(quick: bool) -> dict[str, Any]:
    """Pure-Python prime counting: threads hold the GIL, processes do not."""
    limit = 60_000 if quick else 600_000
    reps = 2 if quick else 5
    pieces_n = 24
    pieces = [(i, pieces_n, limit) for i in range(pieces_n)]
    expected = count_primes((0, 1, limit))
    env = environment("quick" if quick else "full")
    start = time.perf_counter()
    out = compare("cpu", count_primes, pieces, reps, expected, quick)
    return {
        "name": "cpu",
        "title": "CPU-bound: pure Python",
        "environment": env,
        "params": {
            "function": "count_primes",
            "limit": limit,
            "pieces": pieces_n,
            "repetitions": reps,
        },
        **out,
        "duration_s": round(time.perf_counter() - start, 2),
    }


def run_hashlib(quick: bool) -> dict[str, Any]:
    """sha256 over 1 MiB blocks: C code that releases the GIL, so threads scale."""
    rounds = 1 if quick else 50
    reps = 2 if quick else 5
    pieces_n = 24
    pieces = [rounds] * pieces_n
    expected = hash_blocks(1) * pieces_n
    env = environment("quick" if quick else "full")
    start = time.perf_counter()
    out = compare("hashlib", hash_blocks, pieces, reps, expected, quick)
    return {
        "name": "hashlib",
        "title": "CPU-bound: hashlib",
        "environment": env,
        "params": {
            "function": "hash_blocks",
            "block_bytes": len(BLOCK),
            "blocks_per_piece": rounds,
            "pieces": pieces_n,
            "repetitions": reps,
        },
        **out,
        "duration_s": round(time.perf_counter() - start, 2),
    }
