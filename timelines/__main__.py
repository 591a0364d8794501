"""Command line: ``python -m timelines [record|render|overhead] [--only NAME]``."""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any

from timelines import config, recorder, render
from tools import figures

DESCRIPTION = """\
Record each program listed in timelines/timelines.toml on this machine
(Linux: the recorder reads /proc) into timelines/recordings/<name>.json, then
draw docs/timelines/<name>-light.svg, -dark.svg and the <name>.md a page
includes. 'render' redraws from the recordings without running anything;
'overhead' times each program with and without the recorder (median of
--runs runs each) and adds the figures to its recording and caption.
"""


def save(path: Path, recording: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(recording, indent=1) + "\n", "utf-8")


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def overhead(timeline: config.Timeline, runs: int) -> dict[str, Any]:
    """Median wall time of ``python PROGRAM`` with and without recording."""
    plain, recorded = [], []
    load_before = recorder.load_average()
    for _ in range(runs):  # alternate, so that a busy spell hits both
        plain.append(recorder.plain_run_ms(timeline))
        recorded.append(recorder.run(timeline)["metadata"]["run_time_ms"])
    return {
        "runs": runs,
        "plain_median_ms": round(statistics.median(plain), 1),
        "recorded_median_ms": round(statistics.median(recorded), 1),
        "load_average_before": load_before,
        "load_average_after": recorder.load_average(),
    }


def busy(recording: dict[str, Any]) -> float:
    """How long the program's threads waited for a free CPU, per ms on one."""
    meta = recording["metadata"]
    return float(meta["run_queue_wait_ms"]) / max(float(meta["cpu_time_ms"]), 0.1)


def record(name: str, timeline: config.Timeline, runs: int) -> dict[str, Any]:
    """Record ``runs`` times; keep the run that waited least for a CPU.

    Every run is a real, unedited run; on a shared machine the quietest of a
    few is the most representative of the program.
    """
    recordings = []
    for run in range(1, runs + 1):
        print(f"{name}: recording {timeline.program} ({run}/{runs})", file=sys.stderr)
        recordings.append(recorder.run(timeline))
        meta = recordings[-1]["metadata"]
        print(
            f"{name}: ran {meta['run_time_ms']} ms; its threads used "
            f"{meta['cpu_time_ms']} ms of CPU and waited {meta['run_queue_wait_ms']} "
            "ms for one",
            file=sys.stderr,
        )
    best = min(recordings, key=busy)
    best["metadata"]["runs"] = runs  # the caption says it was the quietest of them
    if busy(best) > 0.1:
        print(
            f"{name}: even the quietest run waited for a CPU more than a tenth of "
            "its CPU time: the machine was busy. Record again when it is idle.",
            file=sys.stderr,
        )
    return best


def main(argv: list[str] | None = None) -> int:
    timelines = config.load()
    parser = figures.parser(
        "python -m timelines",
        DESCRIPTION,
        ["record", "render", "overhead"],
        "record (default; then render), render only, or overhead",
        list(timelines),
        "this timeline only",
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="overhead: runs of each kind (default 5)"
    )
    parser.add_argument(
        "--best-of",
        type=int,
        default=1,
        metavar="N",
        help="record: run N times, keep the run that waited least for a CPU",
    )
    args = parser.parse_args(argv)
    names = args.only or list(timelines)
    try:
        for name in names:
            timeline = timelines[name]
            target = config.RECORDINGS / f"{name}.json"
            if args.command == "overhead":
                # Kept with the recording, whose caption then reports it.
                cost = overhead(timeline, args.runs)
                print(f"{name}: {json.dumps(cost)}")
                if not target.exists():
                    continue
                recording = load(target)
                recording["metadata"]["overhead"] = cost
                save(target, recording)
            if args.command == "record":
                save(target, record(name, timeline, args.best_of))
            for path in render.render(load(target), timeline, config.OUTPUT):
                print(f"wrote {path.relative_to(config.ROOT)}", file=sys.stderr)
    except (recorder.RecordError, render.RenderError, config.ConfigError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
