"""Workload "http": N HTTP requests to a local server that answers late.

The aiohttp server runs in its own process and answers every GET after a set
latency, so the client side only waits. Every client keeps its connections
open and reuses them (HTTP keep-alive): aiohttp's session does; each thread or
process here keeps one ``http.client`` connection of its own. Sequential and
process-pool times are extrapolated from a short run (1,000 requests one after
another would take minutes); every other time is measured in full.

aiohttp is imported where it is used, so that the figures and tables of this
module can be rendered (and the site built) without it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import contextlib
import http.client
import multiprocessing
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from multiprocessing.connection import Connection
from typing import Any

from benchmarks import common
from benchmarks.common import Figure

# One keep-alive connection per thread (and so per worker process).
_local = threading.local()


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
    from aiohttp import web

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


# --8<-- [start:fetch]
def fetch(url: str) -> bytes:
    """GET ``url`` over this thread's own connection, opened once, then reused."""
    conn = getattr(_local, "conn", None)
    if conn is None:
        address = urllib.parse.urlsplit(url)
        conn = _local.conn = http.client.HTTPConnection(
            address.hostname or "127.0.0.1", address.port, timeout=60
        )
    conn.request("GET", "/")
    return conn.getresponse().read()  # read it all: the connection is free again


# --8<-- [end:fetch]


def _forget_connection() -> None:
    """In a forked worker: the parent's connection is not this process's own."""
    _local.conn = None


def sequential(url: str, n: int) -> list[bytes]:
    return [fetch(url) for _ in range(n)]


def threads(url: str, n: int, workers: int) -> list[bytes]:
    with cf.ThreadPoolExecutor(workers) as pool:
        return list(pool.map(fetch, [url] * n))


# --8<-- [start:with_asyncio]
def with_asyncio(url: str, n: int, limit: int) -> list[bytes]:
    """One aiohttp session for all requests; ``limit`` caps open connections."""
    import aiohttp

    async def main() -> list[bytes]:
        connector = aiohttp.TCPConnector(limit=limit)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def one() -> bytes:
                async with session.get(url) as response:
                    return await response.read()

            return await asyncio.gather(*(one() for _ in range(n)))

    return asyncio.run(main())


# --8<-- [end:with_asyncio]


def _check(bodies: Iterable[bytes], n: int) -> None:
    got = list(bodies)
    if len(got) != n or any(b != b"ok" for b in got):
        raise AssertionError(f"expected {n} answers 'ok', got {len(got)}")


# (id, kind, label, limit, client); limit 0: one thread per request, or no
# cap on connections.
_SESSION = "asyncio, one session, limit="
FULL_RUNS = [
    ("thread_pool", "threads", "thread pool (100 threads)", 100, threads),
    ("thread_each", "threads", "one thread per request", 0, threads),
    ("asyncio_100", "asyncio", f"{_SESSION}100 (default)", 100, with_asyncio),
    ("asyncio_0", "asyncio", f"{_SESSION}0 (unlimited)", 0, with_asyncio),
]


@contextlib.contextmanager
def server(latency: float) -> Iterator[str]:
    """The server process, started: its URL, and the server stopped on exit."""
    # fork is quickest where it is safe: Linux, and no other thread in this
    # process. Elsewhere a fresh interpreter.
    safe_fork = sys.platform == "linux" and threading.active_count() == 1
    # Any: typeshed gives get_context(str) the abstract BaseContext, without Process.
    ctx: Any = multiprocessing.get_context("fork" if safe_fork else "spawn")
    pipe, child = ctx.Pipe()
    process = ctx.Process(target=serve, args=(child, latency), daemon=True)
    process.start()
    try:
        yield f"http://127.0.0.1:{pipe.recv()}/"
    finally:
        pipe.send("stop")
        process.join(5)
        if process.is_alive():
            process.terminate()
            process.join()


def _timed(name: str, what: str, call: Any, n: int, reps: int) -> dict[str, Any]:
    """``reps`` timings of ``call()``, each checked: ``n`` answers, all 'ok'."""
    common.progress(name, f"{what}, {n} requests, {reps} repetitions")
    return common.repeat(lambda: _check(call(), n), reps)


def _measured_in_full(
    name: str, url: str, counts: list[int], reps: int
) -> list[dict[str, Any]]:
    """Every client of FULL_RUNS at every N, timed in full."""
    series = []
    for key, kind, label, limit, client in FULL_RUNS:
        timings = []
        for n in counts:
            call = partial(client, url, n, limit or (n if kind == "threads" else 0))
            _check(call(), n)
            timings.append(_timed(name, label, call, n, reps))
        series.append(
            {
                "id": key,
                "kind": kind,
                "label": label,
                "counts": counts,
                "timings": timings,
                "extrapolated": False,
            }
        )
    return series


def _extrapolated(
    key: str, label: str, measured: dict, n_measured: int, counts: list[int]
) -> dict[str, Any]:
    """Scale a short run to N requests; spread scales with it."""
    return {
        "id": key,
        "kind": "processes" if key == "process_pool" else key,
        "label": label,
        "counts": counts,
        "timings": [
            common.summarize([s * n / n_measured for s in measured["samples"]])
            for n in counts
        ],
        "extrapolated": True,
        "measured_requests": n_measured,
    }


def _add_ratios(
    series: list[dict[str, Any]], latency: float, per_request: float
) -> None:
    """Each time as a multiple of one latency, and its speed-up on sequential."""
    for s in series:
        medians = [t["median"] for t in s["timings"]]
        # The limit for perfectly overlapped waits: one latency for all N.
        s["x_latency"] = [round(m / latency, 3) for m in medians]
        s["speedup_vs_sequential"] = [
            round(per_request * n / m, 2)
            for n, m in zip(s["counts"], medians, strict=True)
        ]


def run(name: str, quick: bool) -> dict[str, Any]:
    latency = 0.02 if quick else 0.1
    counts = [10, 50] if quick else [10, 100, 300, 1000]
    reps = 2 if quick else 5
    short_reps = 2 if quick else 3
    cpus = common.usable_cpus()
    raise_fd_limit()
    with server(latency) as url:
        _check(sequential(url, 2), 2)  # warm-up: server ready, code paths loaded
        # Short runs, extrapolated to every N.
        short = 3 if quick else 10
        seq = _timed(
            name, "sequential", lambda: sequential(url, short), short, short_reps
        )
        per_request = seq["median"] / short
        pool_n = 2 * cpus if quick else 10 * cpus
        with cf.ProcessPoolExecutor(cpus, initializer=_forget_connection) as pool:
            list(pool.map(fetch, [url] * cpus))  # every worker started
            pooled = partial(pool.map, fetch, [url] * pool_n)
            proc = _timed(name, f"process pool of {cpus}", pooled, pool_n, short_reps)
        series = [
            _extrapolated("sequential", "sequential", seq, short, counts),
            _extrapolated(
                "process_pool", f"process pool ({cpus} workers)", proc, pool_n, counts
            ),
            *_measured_in_full(name, url, counts, reps),
        ]
    _add_ratios(series, latency, per_request)
    return {
        "title": "I/O-bound: HTTP",
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
    }


def problems(w: dict[str, Any]) -> list[str]:
    found = common.series_problems("http", w.get("series", []), "counts")
    if not w.get("params", {}).get("latency_s", 0) > 0:
        found.append("http: latency_s must be positive")
    ids = {s.get("id") for s in w.get("series", [])}
    if missing := set(STYLES) - ids:
        found.append(f"http: series {sorted(missing)} missing")
    return found


def figures(w: dict[str, Any]) -> dict[str, Figure]:
    counts, latency = w["params"]["counts"], w["params"]["latency_s"]
    out = {
        "http.latency": Figure(
            common.fmt_time(latency), "the server's delay per answer"
        ),
        "http.requests": Figure(f"{counts[-1]:,}", "most requests in one run"),
    }
    n = f"{counts[-1]:,} requests"
    for s in w["series"]:
        out[f"http.{s['id']}.time"] = Figure(
            common.fmt_time(s["timings"][-1]["median"]),
            f"{s['label']}: total time, {n}",
        )
        out[f"http.{s['id']}.speedup"] = Figure(
            common.fmt_x(s["speedup_vs_sequential"][-1]),
            f"{s['label']}: times faster than sequential, {n}",
        )
    last = next(s for s in w["series"] if s["id"] == "asyncio_0")["x_latency"][-1]
    out["http.asyncio_0.latencies"] = Figure(
        f"{last:.2g}", f"asyncio, no limit: total time in latencies, {n}"
    )
    return out


def table(w: dict[str, Any]) -> str:
    p = w["params"]
    head = ["client"] + [f"{n:,} requests" for n in p["counts"]]

    def rows(cells: Callable[[dict[str, Any]], list[str]]) -> str:
        """A row per client: its label (* if extrapolated), then ``cells(series)``."""
        return common.md_table(
            head,
            [
                [s["label"] + (" *" if s["extrapolated"] else ""), *cells(s)]
                for s in w["series"]
            ],
        )

    note = "; ".join(
        f"{s['label']} from {s['measured_requests']} requests"
        for s in w["series"]
        if s["extrapolated"]
    )
    return (
        common.env_line(w)
        + f"The server answers every request after {common.fmt_time(p['latency_s'])}; "
        f"medians of {p['repetitions']} repetitions. \\* extrapolated from a short "
        f"run ({note}, {p['short_run_repetitions']} repetitions).\n\n"
        "**Total time**\n\n"
        + rows(lambda s: [common.fmt_time(t["median"]) for t in s["timings"]])
        + "\n**Total time in multiples of one latency** (1.0 is the ideal: every "
        "wait overlapped)\n\n"
        + rows(lambda s: [f"{x:,.1f}" for x in s["x_latency"]])
        + "\n**Times faster than sequential**\n\n"
        + rows(lambda s: [common.fmt_x(x) for x in s["speedup_vs_sequential"]])
    )


# Series id: colour key, marker, line. The thread pool and asyncio's default
# connector both allow 100 requests at a time, so their lines can coincide:
# the asyncio one is dashed, with a smaller marker, so the pool's shows through.
STYLES = {
    "sequential": ("sequential", "o", "-"),
    "process_pool": ("processes", "s", "-"),
    "thread_pool": ("threads", "^", "-"),
    "thread_each": ("interpreters", "v", "-"),
    "asyncio_100": ("asyncio", "D", (0, (4, 2.5))),
    "asyncio_0": ("extra", "P", "-"),
}


def chart(w: dict[str, Any], c: dict[str, str]) -> Any:
    from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

    from benchmarks import charts

    latency, counts = w["params"]["latency_s"], w["params"]["counts"]
    fig, ax = charts.plt.subplots(figsize=(7.5, 6.6))
    label = f"ideal: one latency ({common.fmt_time(latency)})"
    ax.axhline(latency, color=c["ideal"], linestyle="--", linewidth=1.6, label=label)
    for s in w["series"]:
        colour, marker, line = STYLES[s["id"]]
        med = [t["median"] for t in s["timings"]]
        lo = [m - t["min"] for m, t in zip(med, s["timings"], strict=True)]
        hi = [t["max"] - m for m, t in zip(med, s["timings"], strict=True)]
        ax.errorbar(
            s["counts"], med, yerr=[lo, hi], marker=marker,
            markersize=6 if line != "-" else 8, capsize=3, color=c[colour],
            linestyle=":" if s["extrapolated"] else line,
            label=s["label"] + (" (extrapolated)" if s["extrapolated"] else ""),
        )  # fmt: skip
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(counts, [charts.fmt_number(n) for n in counts])
    ax.xaxis.set_minor_locator(NullLocator())
    # Labels and gridlines at 1, 2 and 5 of every power of ten, fainter
    # lines at the other digits: enough to tell three latencies from ten.
    ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.yaxis.set_minor_locator(LogLocator(base=10, subs=(3.0, 4.0, 6.0, 7.0, 8.0, 9.0)))
    ax.yaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: common.fmt_time(v)))
    ax.grid(which="minor", axis="y", color=c["minor_grid"], linewidth=0.5)
    ax.set_xlabel("requests")
    ax.set_ylabel("total time (log scale)")
    title = f"{common.fmt_time(latency)} per answer: total time for N requests"
    charts.titled(ax, w, c, title, 1)
    return fig
