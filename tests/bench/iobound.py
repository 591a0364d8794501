"""I/O-bound workload: N HTTP requests to a local server that answers late.

The aiohttp server runs in its own process and answers every GET after a set
latency, so the client side only waits. Sequential and process-pool times are
extrapolated from a short run (1,000 requests one after another would take
minutes); every other time is measured in full.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import contextlib
import multiprocessing
import sys
import threading
import time
import urllib.request
from multiprocessing.connection import Connection
from typing import Any

import aiohttp
from aiohttp import web

from tests.bench.common import environment, progress, repeat, usable_cpus

# No proxy, even if the environment names one: the server is on loopback.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def raise_fd_limit() -> None:
    """1,000 open sockets need more than the common soft limit of 1,024."""
    try:
        import resource
    except ImportError:  # Windows: no such limit to raise
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = 65_536 if hard == resource.RLIM_INFINITY else min(hard, 65_536)
    if soft != resource.RLIM_INFINITY and soft < want:
        # macOS refuses values above its own cap: then keep what we have.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))


def serve(conn: Connection, latency: float) -> None:
    """Server process: answer every GET / after ``latency`` seconds."""
    raise_fd_limit()

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(latency)
        return web.Response(text="ok")

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/", slow)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        # A deep accept queue: 1,000 clients may connect in the same instant.
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=4096)
        await site.start()
        conn.send(runner.addresses[0][1])
        # Serve until the parent says stop, or goes away (EOFError).
        with contextlib.suppress(EOFError):
            await asyncio.get_running_loop().run_in_executor(None, conn.recv)
        await runner.cleanup()

    asyncio.run(main())


def fetch(url: str) -> bytes:
    with _OPENER.open(url, timeout=60) as response:
        return response.read()


def sequential(url: str, n: int) -> list[bytes]:
    return [fetch(url) for _ in range(n)]


def threads(url: str, n: int, workers: int) -> list[bytes]:
    with cf.ThreadPoolExecutor(workers) as pool:
        return list(pool.map(fetch, [url] * n))


# --8<-- [start:with_asyncio]
def with_asyncio(url: str, n: int, limit: int) -> list[bytes]:
    """One aiohttp session for all requests; ``limit`` caps open connections."""

    async def main() -> list[bytes]:
        connector = aiohttp.TCPConnector(limit=limit)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def one() -> bytes:
                async with session.get(url) as response:
                    return await response.read()

            return await asyncio.gather(*(one() for _ in range(n)))

    return asyncio.run(main())


# --8<-- [end:with_asyncio]


def _check(bodies: list[bytes], n: int) -> None:
    if len(bodies) != n or any(b != b"ok" for b in bodies):
        raise AssertionError(f"expected {n} answers 'ok', got {len(bodies)}")


def run_http(quick: bool) -> dict[str, Any]:
    latency = 0.02 if quick else 0.1
    counts = [10, 50] if quick else [10, 100, 300, 1000]
    reps = 2 if quick else 5
    short_reps = 2 if quick else 3
    cpus = usable_cpus()
    env = environment("quick" if quick else "full")
    start = time.perf_counter()
    raise_fd_limit()

    # fork is quickest (aiohttp is already imported) where it is safe: Linux,
    # and no other thread in this process. Elsewhere a fresh interpreter.
    safe_fork = sys.platform == "linux" and threading.active_count() == 1
    ctx = multiprocessing.get_context("fork" if safe_fork else "spawn")
    parent, child = ctx.Pipe()
    server = ctx.Process(target=serve, args=(child, latency), daemon=True)
    server.start()
    try:
        port = parent.recv()
        url = f"http://127.0.0.1:{port}/"
        _check(sequential(url, 2), 2)  # warm-up: server ready, code paths loaded
        series = []

        # Short runs, extrapolated to every N.
        short = 3 if quick else 10
        progress("http", f"sequential, {short} requests, {short_reps} repetitions")
        seq = repeat(lambda: _check(sequential(url, short), short), short_reps)
        per_request = seq["median"] / short
        series.append(_extrapolated("sequential", "sequential", seq, short, counts))

        pool_n = 2 * cpus if quick else 10 * cpus
        progress("http", f"process pool of {cpus}, {pool_n} requests")
        with cf.ProcessPoolExecutor(cpus) as pool:
            list(pool.map(fetch, [url] * cpus))  # every worker started

            def pooled() -> None:
                _check(list(pool.map(fetch, [url] * pool_n)), pool_n)

            proc = repeat(pooled, short_reps)
        series.append(
            _extrapolated(
                "processes", f"process pool ({cpus} workers)", proc, pool_n, counts
            )
        )

        configs = [
            ("threads", "thread pool (100 threads)", lambda n: threads(url, n, 100)),
            ("threads", "one thread per request", lambda n: threads(url, n, n)),
            (
                "asyncio",
                "asyncio, one session, limit=100 (default)",
                lambda n: with_asyncio(url, n, 100),
            ),
            (
                "asyncio",
                "asyncio, one session, limit=0 (unlimited)",
                lambda n: with_asyncio(url, n, 0),
            ),
        ]
        for kind, label, call in configs:
            timings = []
            for n in counts:
                progress("http", f"{label}, {n} requests, {reps} repetitions")
                _check(call(n), n)
                timings.append(repeat(lambda call=call, n=n: _check(call(n), n), reps))
            series.append(
                {
                    "kind": kind,
                    "label": label,
                    "counts": counts,
                    "timings": timings,
                    "extrapolated": False,
                }
            )
    finally:
        parent.send("stop")
        server.join(5)
        if server.is_alive():
            server.terminate()
            server.join()

    for s in series:
        medians = [t["median"] for t in s["timings"]]
        # The limit for perfectly overlapped waits: one latency for all N.
        s["x_latency"] = [round(m / latency, 3) for m in medians]
        s["speedup_vs_sequential"] = [
            round(per_request * n / m, 2)
            for n, m in zip(s["counts"], medians, strict=True)
        ]
    return {
        "name": "http",
        "title": "I/O-bound: HTTP",
        "environment": env,
        "params": {
            "latency_s": latency,
            "counts": counts,
            "repetitions": reps,
            "short_run_repetitions": short_reps,
            "server": "aiohttp in its own process",
        },
        "cpus": cpus,
        "sequential_per_request_s": round(per_request, 6),
        "series": series,
        "duration_s": round(time.perf_counter() - start, 2),
    }


def _extrapolated(
    kind: str, label: str, measured: dict, n_measured: int, counts: list[int]
) -> dict[str, Any]:
    """Scale a short run to N requests; spread scales with it."""
    timings = []
    for n in counts:
        f = n / n_measured
        timings.append(
            {
                "samples": [round(s * f, 6) for s in measured["samples"]],
                "median": round(measured["median"] * f, 6),
                "min": round(measured["min"] * f, 6),
                "max": round(measured["max"] * f, 6),
            }
        )
    return {
        "kind": kind,
        "label": label,
        "counts": counts,
        "timings": timings,
        "extrapolated": True,
        "measured_requests": n_measured,
    }
