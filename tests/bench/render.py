"""Draw the charts (SVG) and write the tables (Markdown) from results.json.

Nothing here measures: ``python -m tests.bench render`` re-renders after a
change of style, and the page includes the tables this module writes.

Charts are drawn for a white page: dark text, grey axes and mid-tone colours
on a white background, so the SVG files read well on their own too. In the
dark scheme docs/stylesheets/extra.css inverts their lightness and keeps
their hues (``invert`` and ``hue-rotate``): the white turns into a dark
panel close to the page's own background and the text turns light grey. So
every colour here is a mid-tone, at least 3:1 against white, which after the
inversion is still at least 3:1 against the dark panel. Text stays near
black: light grey on the dark panel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no window

import matplotlib.pyplot as plt
from matplotlib.ticker import FixedLocator, FuncFormatter, LogLocator, NullLocator

from tests.bench import results

# Okabe-Ito colours, distinct for colour-blind readers, plus Tol's purple and
# a dark ochre: each at least 3:1 on white and, inverted, on the dark panel.
GREY = "#555555"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
GREEN = "#009E73"
PURPLE = "#AA3377"
OCHRE = "#8A6D00"
COLOURS = {
    "sequential": GREY,
    "threads": BLUE,
    "processes": VERMILLION,
    "asyncio": GREEN,
    "tasks": GREEN,
    "interpreters": PURPLE,
}
# HTTP: six clients, in the order iobound.py runs them: colour, marker, line.
# The thread pool and asyncio's default connector both allow 100 requests at
# a time, so their lines can coincide: the asyncio one is dashed, with a
# smaller marker, so that the thread pool's shows through.
HTTP_STYLES = [
    (GREY, "o", "-"),  # sequential
    (VERMILLION, "s", "-"),  # process pool
    (BLUE, "^", "-"),  # thread pool
    (PURPLE, "v", "-"),  # one thread per request
    (GREEN, "D", (0, (4, 2.5))),  # asyncio, default limit
    (OCHRE, "P", "-"),  # asyncio, no limit
]
INK = "#1a1a1a"
MUTED = "#555555"  # subtitles: 7.5:1 on white
IDEAL = "#767676"  # dashed ideal lines: 4.5:1 on white
GRID = "#d0d0d0"
MINOR_GRID = "#e6e6e6"

STYLE = {
    "svg.hashsalt": "concurrency-verified",  # stable ids: small diffs on re-render
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.labelsize": 11,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "text.color": INK,
    "axes.labelcolor": INK,
    "axes.edgecolor": IDEAL,
    "xtick.color": INK,
    "ytick.color": INK,
    "axes.grid": True,
    "grid.color": GRID,
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "lines.linewidth": 2.2,
    "lines.markersize": 6,
}

QUICK_WARNING = """\
!!! warning "Smoke-test numbers"
    These numbers come from `--quick` mode: tiny workloads, often on a busy
    machine. They show that the suite runs, not how fast anything is. A full
    run (see [Reproduce it](#reproduce-it)) replaces them.

"""


# --- formatting ------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.3g} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.3g} ms"
    return f"{seconds:.3g} s"


def fmt_kib(kib: float) -> str:
    return f"{kib:.3g} KiB" if kib < 1024 else f"{kib / 1024:.3g} MiB"


def fmt_us(us: float) -> str:
    return fmt_time(us / 1e6)


def fmt_x(ratio: float) -> str:
    return (
        f"{ratio:,.0f}×"
        if ratio >= 100
        else f"{ratio:.2g}×"
        if ratio < 1
        else (f"{ratio:.3g}×")
    )


def fmt_number(v: float) -> str:
    """A tick label: 0.1, 1, 1,000, 100,000 (thousands separated, as in tables)."""
    return f"{v:,g}"


def fmt_spread(t: dict[str, float]) -> str:
    return f"{fmt_time(t['min'])} – {fmt_time(t['max'])}"


def env_line(w: dict[str, Any]) -> str:
    e = w["environment"]
    gil = "GIL enabled" if e["gil_enabled"] else "GIL disabled (free-threaded)"
    load = e.get("load_average")
    load_text = f", load average {load[0]:g} at start" if load else ""
    return (
        f"*Measured {e['date'][:10]} in {e['mode']} mode: "
        f"{e['implementation']} {e['python']} ({gil}), {e['os']}, "
        f"{e['usable_cpus']} usable CPUs of {e['cpu_count']}, start method "
        f"`{e['start_method']}`{load_text}; this workload took "
        f"{w['duration_s']:.0f} s.*\n"
    )


def header(w: dict[str, Any]) -> str:
    return (QUICK_WARNING if w["environment"]["mode"] == "quick" else "") + env_line(w)


def table(head: list[str], rows: list[list[str]], align: str = "") -> str:
    align = align or "l" + "r" * (len(head) - 1)
    marks = {"l": ":--", "r": "--:", "c": ":-:"}
    lines = [
        "| " + " | ".join(head) + " |",
        "| " + " | ".join(marks[a] for a in align) + " |",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def short_env(w: dict[str, Any]) -> str:
    e = w["environment"]
    gil = "GIL" if e["gil_enabled"] else "no GIL"
    return (
        f"{e['implementation']} {e['python']} ({gil}), {e['usable_cpus']} CPUs, "
        f"{e['mode']} run {e['date'][:10]}"
    )


def subtitle(ax: plt.Axes, w: dict[str, Any]) -> None:
    """The environment in small grey type between the title and the plot."""
    ax.text(
        0,
        1.015,
        short_env(w),
        transform=ax.transAxes,
        fontsize=9,
        color=MUTED,
        va="bottom",
    )


def legend_below(ax: plt.Axes, ncol: int = 2) -> None:
    ax.legend(loc="upper left", bbox_to_anchor=(0, -0.16), ncol=ncol, fontsize=9.5)


def save(fig: plt.Figure, path: Path) -> Path:
    fig.tight_layout()
    if path.suffix == ".svg":  # no date: a re-render of the same data is the same file
        fig.savefig(path, metadata={"Date": None}, bbox_inches="tight", pad_inches=0.2)
    else:
        fig.savefig(path, dpi=110, bbox_inches="tight", pad_inches=0.2)
    plt.close(fig)
    return path


# --- CPU ---------------------------------------------------------------------


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


def cpu_chart(w: dict[str, Any], path: Path, title: str) -> Path:
    fig, ax = plt.subplots(figsize=(7.5, 5.4))
    cpus = w["cpus"]
    counts = w["worker_counts"]
    ideal = [min(c, cpus) for c in counts]
    ax.plot(
        counts,
        ideal,
        linestyle="--",
        color=IDEAL,
        linewidth=1.6,
        label=f"ideal: one worker per CPU ({cpus} CPUs)",
    )
    for s in w["series"]:
        if "timings" not in s:
            continue
        colour = COLOURS.get(s["kind"], INK)
        lo = [m - a for m, a in zip(s["speedup"], s["speedup_min"], strict=True)]
        hi = [b - m for m, b in zip(s["speedup"], s["speedup_max"], strict=True)]
        if len(s["workers"]) == 1:  # sequential and asyncio: no worker count
            marker, shift = SINGLE_MARKERS.get(s["kind"], ("D", 0))
            ax.errorbar(
                [x + shift for x in s["workers"]],
                s["speedup"],
                yerr=[lo, hi],
                fmt=marker,
                color=colour,
                capsize=3,
                markersize=9,
                markeredgecolor="white",
                markeredgewidth=0.6,
                label=f"{s['label']} (one thread, drawn left of 1)",
            )
        else:
            marker, size, width = POOL_STYLES.get(s["kind"], ("o", 6, 2.2))
            ax.errorbar(
                s["workers"],
                s["speedup"],
                yerr=[lo, hi],
                marker=marker,
                markersize=size,
                linewidth=width,
                color=colour,
                capsize=4,
                label=s["label"],
            )
    ax.set_xticks(counts, [fmt_number(c) for c in counts])
    ax.set_xlim(min(counts) - 0.5, max(counts) + 0.3)
    ax.set_xlabel("workers")
    ax.set_ylabel("speed-up over a plain loop (×)")
    ax.set_ylim(bottom=0)
    ax.set_title(title, loc="left", pad=20)
    subtitle(ax, w)
    legend_below(ax)
    return save(fig, path)


def cpu_table(w: dict[str, Any]) -> str:
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
                    str(workers) if s["kind"] not in {"sequential", "asyncio"} else "–",
                    fmt_time(t["median"]),
                    fmt_spread(t),
                    fmt_x(s["speedup"][i]),
                    f"{s['ratio_to_ideal'][i]:.0%}",
                ]
            )
    p = w["params"]
    what = (
        f"Work: `{p['function']}` over {p['pieces']} equal pieces, "
        f"{p['repetitions']} repetitions; speed-up = plain-loop median ÷ median; "
        "ratio to ideal = speed-up ÷ min(workers, CPUs).\n\n"
    )
    return (
        header(w)
        + "\n"
        + what
        + table(
            [
                "model",
                "workers",
                "median",
                "spread (min – max)",
                "speed-up",
                "of ideal",
            ],
            rows,
            "lrrrrr",
        )
    )


# --- HTTP --------------------------------------------------------------------


def http_chart(w: dict[str, Any], path: Path) -> Path:
    fig, ax = plt.subplots(figsize=(7.5, 6.6))
    latency = w["params"]["latency_s"]
    counts = w["params"]["counts"]
    ax.axhline(
        latency,
        color=IDEAL,
        linestyle="--",
        linewidth=1.6,
        label=f"ideal: one latency ({fmt_time(latency)})",
    )
    for i, s in enumerate(w["series"]):
        colour, marker, line = HTTP_STYLES[i % len(HTTP_STYLES)]
        med = [t["median"] for t in s["timings"]]
        lo = [m - t["min"] for m, t in zip(med, s["timings"], strict=True)]
        hi = [t["max"] - m for m, t in zip(med, s["timings"], strict=True)]
        label = s["label"] + (" (extrapolated)" if s["extrapolated"] else "")
        ax.errorbar(
            s["counts"],
            med,
            yerr=[lo, hi],
            marker=marker,
            markersize=6 if line != "-" else 8,
            capsize=3,
            color=colour,
            linestyle=":" if s["extrapolated"] else line,
            label=label,
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(counts, [fmt_number(c) for c in counts])
    ax.xaxis.set_minor_locator(NullLocator())
    # Labels and gridlines at 1, 2 and 5 of every power of ten, fainter lines
    # at the other digits: enough to tell three latencies from ten.
    ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax.yaxis.set_minor_locator(LogLocator(base=10, subs=(3.0, 4.0, 6.0, 7.0, 8.0, 9.0)))
    ax.yaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_time(v)))
    ax.grid(which="minor", axis="y", color=MINOR_GRID, linewidth=0.5)
    ax.set_xlabel("requests")
    ax.set_ylabel("total time (log scale)")
    ax.set_title(
        f"{fmt_time(latency)} per answer: total time for N requests",
        loc="left",
        pad=20,
    )
    subtitle(ax, w)
    legend_below(ax, 1)
    return save(fig, path)


def http_table(w: dict[str, Any]) -> str:
    counts = w["params"]["counts"]
    head = ["client"] + [f"{n:,} requests" for n in counts]
    times, latency_x, speedups = [], [], []
    for s in w["series"]:
        label = s["label"] + (" *" if s["extrapolated"] else "")
        times.append([label] + [fmt_time(t["median"]) for t in s["timings"]])
        latency_x.append([label] + [f"{x:,.1f}" for x in s["x_latency"]])
        speedups.append([label] + [fmt_x(x) for x in s["speedup_vs_sequential"]])
    p = w["params"]
    extrapolated = [s for s in w["series"] if s["extrapolated"]]
    note = "; ".join(
        f"{s['label']} from {s['measured_requests']} requests" for s in extrapolated
    )
    return (
        header(w)
        + f"\nThe server answers every request after {fmt_time(p['latency_s'])}; "
        f"medians of {p['repetitions']} repetitions. \\* extrapolated from a short "
        f"run ({note}, {p['short_run_repetitions']} repetitions).\n\n"
        "**Total time**\n\n"
        + table(head, times)
        + "\n**Total time in multiples of one latency** (1.0 is the ideal: every "
        "wait overlapped)\n\n"
        + table(head, latency_x)
        + "\n**Times faster than sequential**\n\n"
        + table(head, speedups)
    )


# --- cost per unit -----------------------------------------------------------


def _units(w: dict[str, Any]) -> list[dict[str, Any]]:
    return [u for u in w["units"] if "skipped" not in u]


def _log_ticks(lo: float, hi: float, steps: list[float]) -> list[float]:
    """The ticks from ``steps`` between ``lo`` and ``hi``."""
    return [t for t in steps if lo <= t <= hi]


# Memory in KiB: 0.01 KiB ... 100 KiB, then 1 MiB ... 10 GiB.
KIB_TICKS = [10.0**e for e in range(-2, 3)] + [1024 * 10.0**e for e in range(5)]
# Time in µs: 0.01 µs ... 1,000 s.
US_TICKS = [10.0**e for e in range(-2, 10)]


def cost_chart(w: dict[str, Any], path: Path) -> Path:
    units = _units(w)
    fig = plt.figure(figsize=(8.5, 5.4))
    # A header row across both panels holds the title and the environment,
    # placed like the other charts' but wider than one panel.
    grid = fig.add_gridspec(2, 2, height_ratios=[1, 9])
    head = fig.add_subplot(grid[0, :])
    head.axis("off")
    mem = fig.add_subplot(grid[1, 0])
    start = fig.add_subplot(grid[1, 1], sharey=mem)
    labels = [f"{u['label']}\n{u['count']:,} at once" for u in units]
    colours = [COLOURS.get(u["kind"], INK) for u in units]
    ys = range(len(units))
    # Processes: PSS, which shares pages used by several processes out among them.
    mem_values = [
        u.get("pss_kib_per_unit", u.get("memory_kib_per_unit", {})).get("median", 0)
        for u in units
    ]
    start_values = [u["start_us_per_unit"]["median"] for u in units]
    for ax, values, title, fmt, steps in (
        (mem, mem_values, "memory per unit", fmt_kib, KIB_TICKS),
        (start, start_values, "start-up time per unit", fmt_us, US_TICKS),
    ):
        ax.barh(ys, values, color=colours, height=0.6)
        ax.set_xscale("log")
        ax.set_title(title, loc="left", fontsize=11.5, pad=6)
        shown = [v for v in values if v > 0] or [1.0]
        # Room on the right for the value printed at the end of the longest bar.
        lo, hi = min(shown) / 2.5, max(shown) * 10
        ax.set_xlim(lo, hi)
        # A labelled gridline at every tick, behind the bars: with the values
        # printed at the bar ends, the scale can be read, not guessed from
        # bar lengths (on a log scale, length depends on where the axis starts).
        ax.xaxis.set_major_locator(FixedLocator(_log_ticks(lo, hi, steps)))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _, f=fmt: f(v)))
        ax.xaxis.set_minor_locator(NullLocator())
        ax.tick_params(axis="x", labelsize=9.5)
        ax.grid(axis="x", which="major", color=GRID, linewidth=0.8)
        ax.grid(axis="y", visible=False)
        ax.set_axisbelow(True)
        ax.set_xlabel("log scale")
        for y, v in zip(ys, values, strict=True):
            if v > 0:
                ax.text(v, y, f" {fmt(v)}", va="center", fontsize=9.5)
    mem.set_yticks(list(ys), labels)
    mem.tick_params(axis="y", length=0)
    mem.invert_yaxis()
    start.tick_params(axis="y", left=False, labelleft=False)
    head.text(
        0,
        0.55,
        "Cost of one idle unit: memory and start-up time",
        fontsize=STYLE["axes.titlesize"],
        va="bottom",
    )
    head.text(
        0,
        0.1,
        f"{short_env(w)}; processes' memory as PSS",
        fontsize=9,
        color=MUTED,
        va="bottom",
    )
    return save(fig, path)


def cost_table(w: dict[str, Any]) -> str:
    rows = []
    for u in w["units"]:
        if "skipped" in u:
            rows.append([u["label"], "–", "skipped: " + u["skipped"], "", ""])
            continue
        mem = u.get("memory_kib_per_unit")
        pss = u.get("pss_kib_per_unit")
        st = u["start_us_per_unit"]
        rows.append(
            [
                u["label"],
                f"{u['count']:,}",
                fmt_kib(mem["median"]) if mem else "n/a",
                fmt_kib(pss["median"]) if pss else "–",
                f"{fmt_us(st['median'])} ({fmt_us(st['min'])} – {fmt_us(st['max'])})",
            ]
        )
    return (
        header(w)
        + "\n"
        + table(
            [
                "unit",
                "alive at once",
                "resident memory each",
                "PSS each (processes)",
                "start-up each (min – max)",
            ],
            rows,
            "lrrrr",
        )
    )


# --- task size ---------------------------------------------------------------


def tasksize_chart(w: dict[str, Any], path: Path) -> Path:
    c = w["crossover"]
    fig, ax = plt.subplots(figsize=(7.5, 5.8))
    ax.axhline(
        1,
        color=GREY,
        linestyle="-",
        linewidth=1.2,
        label="break-even with a plain loop",
    )
    ax.axhline(
        w["cpus"],
        color=IDEAL,
        linestyle="--",
        linewidth=1.6,
        label=f"ideal: {w['cpus']} CPUs busy",
    )
    styles = [(VERMILLION, "o"), (BLUE, "s"), (GREEN, "D"), (PURPLE, "^")]
    pools = [s for s in c["series"] if s["label"] != "loop"]
    for i, s in enumerate(pools):
        colour, marker = styles[i % len(styles)]
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
    ax.set_ylim(top=max(w["cpus"] * 1.6, highest * 1.3))
    ax.set_xlabel("work per task (µs, log scale)")
    ax.set_ylabel("speed-up over a loop (×, log)")
    ax.set_title(
        f"{c['tasks']} tasks on {w['cpus']} worker processes", loc="left", pad=20
    )
    subtitle(ax, w)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{fmt_number(v)}×"))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_number(v)))
    legend_below(ax, 1)
    return save(fig, path)


def tasksize_table(w: dict[str, Any]) -> str:
    c = w["crossover"]
    pools = [s for s in c["series"] if s["label"] != "loop"]
    loop = next(s for s in c["series"] if s["label"] == "loop")
    head = ["steps per task", "work per task", "loop (all tasks)"] + [
        s["label"] for s in pools
    ]
    rows = []
    for i, size in enumerate(c["sizes"]):
        rows.append(
            [
                f"{size:,}",
                fmt_time(c["task_us"][i] / 1e6),
                fmt_time(loop["timings"][i]["median"]),
            ]
            + [fmt_x(s["speedup"][i]) for s in pools]
        )
    sq = w["square"]
    sq_rows = [
        [
            r["label"],
            fmt_time(r["timing"]["median"]),
            fmt_spread(r["timing"]),
            f"{r['vs_loop']:,.3g}×",
        ]
        for r in sq["rows"]
    ]
    return (
        header(w) + f"\n**Speed-up over a plain loop** ({c['tasks']} tasks, "
        f"{w['cpus']} workers, pools already running; above 1× the pool wins)\n\n"
        + table(head, rows)
        + f"\n**`square(x)` for {sq['items']:,} numbers**\n\n"
        + table(["how", "median", "spread (min – max)", "time vs loop"], sq_rows)
    )


# --- key figures, environment ------------------------------------------------


def _series(w: dict[str, Any], kind: str, label: str | None = None) -> dict | None:
    for s in w.get("series", []):
        if (
            s["kind"] == kind
            and "timings" in s
            and (label is None or s["label"] == label)
        ):
            return s
    return None


def _at(s: dict[str, Any], key: str, workers: int) -> float | None:
    if s and workers in s["workers"]:
        return s[key][s["workers"].index(workers)]
    return None


def key_figures(data: dict[str, Any]) -> str:
    w = data["workloads"]
    lines = []
    modes = {x["environment"]["mode"] for x in w.values()}
    if "quick" in modes:
        lines.append(QUICK_WARNING)
    if cpu := w.get("cpu"):
        n = cpu["cpus"]
        p = _at(_series(cpu, "processes"), "speedup", n)
        t = _at(_series(cpu, "threads"), "speedup", n)
        a = _series(cpu, "asyncio")
        if p and t and a:
            lines.append(
                f"- **Pure-Python CPU work, {n} workers on {n} CPUs:** processes "
                f"{fmt_x(p)}, threads {fmt_x(t)}, asyncio {fmt_x(a['speedup'][0])} "
                "the speed of a plain loop."
            )
    if hl := w.get("hashlib"):
        n = hl["cpus"]
        t = _at(_series(hl, "threads"), "speedup", n)
        p = _at(_series(hl, "processes"), "speedup", n)
        if t and p:
            lines.append(
                f"- **hashlib (releases the GIL), {n} workers:** threads {fmt_x(t)}, "
                f"processes {fmt_x(p)}."
            )
    if http := w.get("http"):
        lat = http["params"]["latency_s"]
        counts = http["params"]["counts"]
        unl = next((s for s in http["series"] if "limit=0" in s["label"]), None)
        dflt = next((s for s in http["series"] if "limit=100" in s["label"]), None)
        if unl and dflt:
            for n in (x for x in (100, 1000) if x in counts):
                i = counts.index(n)
                lines.append(
                    f"- **{n:,} requests, {fmt_time(lat)} each, asyncio with one "
                    f"session:** {fmt_time(unl['timings'][i]['median'])} unlimited "
                    f"({unl['x_latency'][i]:.2g}× one latency, "
                    f"{fmt_x(unl['speedup_vs_sequential'][i])} faster than "
                    f"sequential); {fmt_time(dflt['timings'][i]['median'])} with the "
                    f"default limit of 100 connections "
                    f"({fmt_x(dflt['speedup_vs_sequential'][i])})."
                )
    if cost := w.get("cost"):
        by = {u["label"]: u for u in _units(cost)}
        th, tk = by.get("thread"), by.get("asyncio task")
        if th and tk and "memory_kib_per_unit" in th and "memory_kib_per_unit" in tk:
            lines.append(
                f"- **Per idle unit:** a thread "
                f"{fmt_kib(th['memory_kib_per_unit']['median'])} and "
                f"{fmt_us(th['start_us_per_unit']['median'])} to start; an asyncio "
                f"task {fmt_kib(tk['memory_kib_per_unit']['median'])} and "
                f"{fmt_us(tk['start_us_per_unit']['median'])}."
            )
        procs = [u for u in _units(cost) if u["kind"] == "processes"]
        if procs:
            parts = []
            for u in procs:
                pss = u.get("pss_kib_per_unit")
                mem = f"{fmt_kib(pss['median'])} PSS, " if pss else ""
                parts.append(
                    f"{u['start_method']} {mem}"
                    f"{fmt_us(u['start_us_per_unit']['median'])} to start"
                )
            lines.append("- **Per process:** " + "; ".join(parts) + ".")
    if ts := w.get("tasksize"):
        rows = ts["square"]["rows"]
        lines.append(
            f"- **`Pool(4).map(square, range({ts['square']['items']:,}))`:** "
            f"{rows[1]['vs_loop']:,.3g}× the time of a plain loop with the pool "
            f"started inside, {rows[2]['vs_loop']:,.3g}× with the pool already "
            "running."
        )
    return "\n".join(lines) + "\n"


def environment_table(data: dict[str, Any]) -> str:
    rows = []
    for name in results.WORKLOADS:
        w = data["workloads"].get(name)
        if not w:
            continue
        e = w["environment"]
        pk = ", ".join(f"{k} {v}" for k, v in e["packages"].items() if v)
        rows.append(
            [
                w["title"],
                e["date"].replace("T", " ").replace("+00:00", " UTC"),
                e["mode"],
                f"{e['implementation']} {e['python']}",
                "yes" if e["gil_enabled"] else "no",
                e["start_method"],
                f"{e['usable_cpus']} / {e['cpu_count']}",
                e["os"],
                f"{e['load_average'][0]:g}" if e.get("load_average") else "–",
                pk,
                f"{w['duration_s']:.0f} s",
            ]
        )
    total = sum(w["duration_s"] for w in data["workloads"].values())
    return (
        table(
            [
                "workload",
                "date",
                "mode",
                "Python",
                "GIL",
                "start method",
                "CPUs usable / all",
                "OS",
                "load avg.",
                "packages",
                "took",
            ],
            rows,
            "lllllllllll",
        )
        + f"\nAll workloads together took {total / 60:.1f} minutes of measuring "
        "in this run.\n"
    )


def render_all(directory: Path) -> list[Path]:
    """Write every chart and table for the results in ``directory``."""
    with plt.rc_context(STYLE):  # leaves matplotlib's global settings alone
        return _render_all(directory)


def _render_all(directory: Path) -> list[Path]:
    data = results.load(directory)
    written: list[Path] = []
    w = data["workloads"]

    def write(name: str, text: str) -> None:
        path = directory / name
        path.write_text(text, "utf-8")
        written.append(path)

    if "cpu" in w:
        written.append(
            cpu_chart(w["cpu"], directory / "cpu.svg", "Pure-Python prime counting")
        )
        write("cpu.md", cpu_table(w["cpu"]))
    if "hashlib" in w:
        written.append(
            cpu_chart(
                w["hashlib"],
                directory / "hashlib.svg",
                "hashlib.sha256 over 1 MiB blocks",
            )
        )
        write("hashlib.md", cpu_table(w["hashlib"]))
    if "http" in w:
        written.append(http_chart(w["http"], directory / "http.svg"))
        write("http.md", http_table(w["http"]))
    if "cost" in w:
        written.append(cost_chart(w["cost"], directory / "cost.svg"))
        write("cost.md", cost_table(w["cost"]))
    if "tasksize" in w:
        written.append(tasksize_chart(w["tasksize"], directory / "tasksize.svg"))
        write("tasksize.md", tasksize_table(w["tasksize"]))
    write("key-figures.md", key_figures(data))
    write("environment.md", environment_table(data))
    return written
