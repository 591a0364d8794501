"""Draw the charts (SVG) and write the tables (Markdown) from results.json.

Nothing here measures: ``python -m tests.bench render`` re-renders after a
change of style, and the page includes the tables this module writes.
Charts sit on a white card with dark text and mid-tone colours, so they read
the same on the light and the dark page theme.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no window

import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter

from tests.bench import results

# Okabe-Ito colours: distinct for colour-blind readers, mid-tone on white.
COLOURS = {
    "sequential": "#555555",
    "threads": "#0072B2",
    "processes": "#D55E00",
    "asyncio": "#009E73",
    "tasks": "#009E73",
    "interpreters": "#CC79A7",
}
EXTRA = ["#0072B2", "#56B4E9", "#E69F00", "#009E73", "#D55E00", "#CC79A7"]
INK = "#1a1a1a"
GRID = "#d0d0d0"

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
    "axes.edgecolor": "#888888",
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
        color="#555555",
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


def cpu_chart(w: dict[str, Any], path: Path, title: str) -> Path:
    fig, ax = plt.subplots(figsize=(7.5, 5.4))
    cpus = w["cpus"]
    counts = w["worker_counts"]
    ideal = [min(c, cpus) for c in counts]
    ax.plot(
        counts,
        ideal,
        linestyle="--",
        color="#888888",
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
            ax.errorbar(
                s["workers"],
                s["speedup"],
                yerr=[lo, hi],
                fmt="D",
                color=colour,
                capsize=4,
                markersize=8,
                label=s["label"],
            )
        else:
            ax.errorbar(
                s["workers"],
                s["speedup"],
                yerr=[lo, hi],
                marker="o",
                color=colour,
                capsize=4,
                label=s["label"],
            )
    ax.set_xticks(counts)
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
        color="#888888",
        linestyle="--",
        linewidth=1.6,
        label=f"ideal: one latency ({fmt_time(latency)})",
    )
    for i, s in enumerate(w["series"]):
        colour = EXTRA[i % len(EXTRA)] if s["kind"] != "sequential" else "#555555"
        med = [t["median"] for t in s["timings"]]
        lo = [m - t["min"] for m, t in zip(med, s["timings"], strict=True)]
        hi = [t["max"] - m for m, t in zip(med, s["timings"], strict=True)]
        label = s["label"] + (" (extrapolated)" if s["extrapolated"] else "")
        ax.errorbar(
            s["counts"],
            med,
            yerr=[lo, hi],
            marker="o",
            capsize=3,
            color=colour,
            linestyle=":" if s["extrapolated"] else "-",
            label=label,
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xticks(counts, [f"{c:,}" for c in counts])
    ax.minorticks_off()
    ax.set_xlabel("requests")
    ax.set_ylabel("total time (s, log scale)")
    ax.set_title(
        f"{w['params']['latency_s'] * 1000:g} ms per answer: total time for N requests",
        loc="left",
        pad=20,
    )
    subtitle(ax, w)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: fmt_time(v)))
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


def cost_chart(w: dict[str, Any], path: Path) -> Path:
    units = _units(w)
    fig, (mem, start) = plt.subplots(1, 2, figsize=(9.5, 4.6), sharey=True)
    labels = [f"{u['label']}\n{u['count']:,} at once" for u in units]
    colours = [COLOURS.get(u["kind"], INK) for u in units]
    ys = range(len(units))
    # Processes: PSS, which shares pages used by several processes out among them.
    mem_values = [
        u.get("pss_kib_per_unit", u.get("memory_kib_per_unit", {})).get("median", 0)
        for u in units
    ]
    start_values = [u["start_us_per_unit"]["median"] for u in units]
    for ax, values, title, fmt in (
        (mem, mem_values, "memory per unit", fmt_kib),
        (start, start_values, "start-up time per unit", fmt_us),
    ):
        ax.barh(ys, values, color=colours, height=0.6)
        ax.set_xscale("log")
        ax.set_title(title, loc="left", fontsize=11.5)
        ax.grid(axis="y", visible=False)
        for y, v in zip(ys, values, strict=True):
            if v > 0:
                ax.text(v, y, f" {fmt(v)}", va="center", fontsize=9.5)
        # The value is printed on each bar; log-scale ticks would only clutter.
        ax.set_xticks([], minor=True)
        ax.set_xticks([])
        ax.grid(False)
        ax.set_xlim(right=max(values) * 30 if max(values) > 0 else 1)
    mem.set_yticks(list(ys), labels)
    mem.invert_yaxis()
    fig.suptitle(
        f"Idle units, log scales, processes' memory as PSS — {short_env(w)}",
        fontsize=9,
        color="#555555",
        x=0.02,
        ha="left",
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
        color="#555555",
        linestyle="-",
        linewidth=1.2,
        label="break-even with a plain loop",
    )
    ax.axhline(
        w["cpus"],
        color="#888888",
        linestyle="--",
        linewidth=1.6,
        label=f"ideal: {w['cpus']} CPUs busy",
    )
    colours = iter(["#D55E00", "#0072B2", "#009E73"])
    for s in c["series"]:
        if s["label"] == "loop":
            continue
        ax.plot(
            c["task_us"],
            s["speedup"],
            marker="o",
            color=next(colours),
            label=s["label"],
        )
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("work per task (µs, log scale)")
    ax.set_ylabel("speed-up over a loop (×, log)")
    ax.set_title(
        f"{c['tasks']} tasks on {w['cpus']} worker processes", loc="left", pad=20
    )
    subtitle(ax, w)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}×"))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
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
