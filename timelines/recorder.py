"""Record a run: each thread's state seen from outside, the program's own notes.

The recorder starts ``python -m timelines.inside PROGRAM`` as a child and,
every ``interval`` (about half a millisecond), reads the state of every thread
of that process and of its descendants from ``/proc/<pid>/task/<tid>/stat``
(Linux only). ``R`` means on a CPU or ready for one; ``S`` and ``D`` mean
asleep: waiting for the GIL, a lock, a timer or I/O. A thread that waits for
the GIL sleeps on a condition variable, so for threads running Python code
``R`` means "holds the GIL". Nothing runs inside the program for this: the
sampler is this process. Each sample stands for the time until the next one.

Inside, timelines/inside.py notes thread names and, on 3.12+, asyncio tasks
and marks (see there). Both sides take time from CLOCK_MONOTONIC
(``time.monotonic_ns``), which every process on the machine shares.
"""

from __future__ import annotations

import contextlib
import datetime
import itertools
import json
import os
import platform
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timelines.config import ROOT, Timeline

# A new process's command line is read during its first samples: a forked
# child shows its parent's until it calls exec.
COMMAND_READS = 10
MARGIN_MS = 2.0  # before the first and after the last row of the window
HELPERS = {
    "multiprocessing.resource_tracker": "resource tracker",
    "multiprocessing.forkserver": "forkserver",
}


class RecordError(Exception):
    """The run cannot be recorded; the message says file:line and why."""


@dataclass
class Thread:
    pid: int
    tid: int
    samples: dict[int, bool] = field(default_factory=dict)  # sample index -> running
    # /proc/<pid>/task/<tid>/schedstat: ns on a CPU, ns waiting in the run queue
    # for one (first and last reading), so a busy machine shows in the record.
    first_sched: tuple[int, int] | None = None
    last_sched: tuple[int, int] | None = None


@dataclass
class Samples:
    root: int
    times: list[int] = field(default_factory=list)
    threads: dict[tuple[int, int], Thread] = field(default_factory=dict)
    cmdlines: dict[int, str] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)  # pids in order of appearance
    parents: dict[int, int] = field(default_factory=dict)


def _stat_fields(data: bytes) -> list[bytes]:
    # The name in parentheses may contain spaces: split after its last ")".
    return data[data.rfind(b")") + 2 :].split()


class NewProcesses:
    """Finds the program's new descendant processes.

    Listing /proc costs more than the rest of a sample together, so it is not
    done each time: /proc/loadavg names the last process id handed out, which
    Linux hands out in order, and only the ids since the last look are read.
    When the counter has wrapped around, /proc is listed after all.
    """

    def __init__(self, known: set[int]) -> None:
        self.known = known
        self.parents: dict[int, int] = {}
        self.fd = os.open("/proc/loadavg", os.O_RDONLY)
        self.last = self._last_id()
        self.retry: dict[
            int, int
        ] = {}  # id -> looks left: handed out, not yet in /proc

    def _last_id(self) -> int:
        return int(os.pread(self.fd, 128, 0).split()[-1])

    def close(self) -> None:
        os.close(self.fd)

    def __call__(self) -> list[int]:
        last = self._last_id()
        if last == self.last and not self.retry:
            return []
        if last >= self.last:
            ids = list(range(self.last + 1, last + 1))
        else:
            ids = [int(e) for e in os.listdir("/proc") if e.isdigit()]
        self.last = last
        ids = sorted({*ids, *self.retry} - self.known)
        parents = {}
        for pid in ids:
            try:
                with open(f"/proc/{pid}/status", "rb") as f:
                    fields = dict(
                        line.split(b":", 1)
                        for line in f.read().splitlines()
                        if b":" in line
                    )
            except OSError:
                left = self.retry.get(pid, 5) - 1
                if left > 0:
                    self.retry[pid] = left
                else:
                    self.retry.pop(pid, None)
                continue
            self.retry.pop(pid, None)
            if int(fields[b"Tgid"]) == pid:  # a process, not a thread of one
                parents[pid] = int(fields[b"PPid"])
        found = []
        changed = True
        while changed:  # a grandchild may come before its parent (wrap-around)
            changed = False
            for pid, ppid in parents.items():
                if ppid in self.known and pid not in self.known:
                    self.known.add(pid)
                    self.parents[pid] = ppid
                    found.append(pid)
                    changed = True
        return found


def sample(proc: subprocess.Popen[bytes], interval_s: float) -> Samples:
    """Sample every thread of ``proc`` and its descendants until ``proc`` exits."""
    samples = Samples(root=proc.pid, order=[proc.pid])
    known = {proc.pid}
    alive = {proc.pid}
    new_processes = NewProcesses(known)
    fds: dict[tuple[int, int], int] = {}
    sched: dict[tuple[int, int], int] = {}
    reads: dict[int, int] = {}  # how often each process's cmdline was read
    try:
        while True:
            for pid in new_processes():
                alive.add(pid)
                samples.order.append(pid)
                samples.parents[pid] = new_processes.parents[pid]
            for pid in alive:
                # Read again for a while: exec replaces a forked copy's.
                if reads.get(pid, 0) >= COMMAND_READS:
                    continue
                reads[pid] = reads.get(pid, 0) + 1
                with (
                    contextlib.suppress(OSError),
                    open(f"/proc/{pid}/cmdline", "rb") as f,
                ):
                    command = f.read().replace(b"\0", b" ")
                    samples.cmdlines[pid] = command.decode(errors="replace")
            for pid in list(alive):
                try:
                    tids = os.listdir(f"/proc/{pid}/task")
                except OSError:
                    alive.discard(pid)
                    continue
                for entry in tids:
                    key = (pid, int(entry))
                    if key not in fds and key not in samples.threads:
                        with contextlib.suppress(OSError):
                            task = f"/proc/{pid}/task/{entry}"
                            fds[key] = os.open(f"{task}/stat", os.O_RDONLY)
                            samples.threads[key] = Thread(pid, key[1])
                            sched[key] = os.open(f"{task}/schedstat", os.O_RDONLY)
            index = len(samples.times)
            samples.times.append(time.monotonic_ns())
            for key, fd in list(fds.items()):
                try:
                    state = _stat_fields(os.pread(fd, 1024, 0))[0]
                except (OSError, IndexError):
                    state = b"X"
                if state in (b"Z", b"X"):  # ended
                    os.close(fds.pop(key))
                    if key in sched:
                        os.close(sched.pop(key))
                    continue
                thread = samples.threads[key]
                thread.samples[index] = state == b"R"
                if key in sched:
                    with contextlib.suppress(OSError, ValueError):
                        on_cpu, queued = os.pread(sched[key], 128, 0).split()[:2]
                        thread.last_sched = (int(on_cpu), int(queued))
                        thread.first_sched = thread.first_sched or thread.last_sched
            if proc.poll() is not None:
                break
            time.sleep(interval_s)
    finally:
        new_processes.close()
        for fd in [*fds.values(), *sched.values()]:
            os.close(fd)
    return samples


# ------------------------------------------------------------------ rows
@dataclass
class Row:
    kind: str  # thread, process, task
    label: str
    start: int  # ns
    end: int
    spans: dict[str, list[list[int]]] = field(default_factory=dict)
    state: str = "done"
    main: bool = False  # the main thread or the main task: clipped to the window
    internal: str | None = None  # why it is hidden whatever the config says
    key: tuple[str, int] | None = None  # ("thread", tid) or ("task", n): for marks


def _helper(command: str) -> str | None:
    return next((name for key, name in HELPERS.items() if key in command), None)


def _thread_rows(samples: Samples, names: dict[str, str]) -> list[Row]:
    times = samples.times
    rows = []
    numbers: dict[int, str] = {}
    count = 0
    for pid in samples.order:
        if pid == samples.root:
            continue
        helper = _helper(samples.cmdlines.get(pid, ""))
        parent = samples.parents.get(pid)
        if helper and helper == _helper(samples.cmdlines.get(parent or 0, "")):
            helper = None  # forked by the forkserver: a worker, not the server
        if helper is None:
            count += 1
        numbers[pid] = helper or f"process {count}"
    unnamed = 0
    per_process: dict[int, int] = {}
    threads = sorted(
        samples.threads.values(),
        key=lambda t: (samples.order.index(t.pid), min(t.samples, default=0), t.tid),
    )
    for thread in threads:
        if not thread.samples:
            continue
        indices = sorted(thread.samples)
        if thread.pid == samples.root:
            kind = "thread"
            label = names.get(str(thread.tid))
            if label is None:
                unnamed += 1
                label = f"unnamed thread {unnamed}"
        elif thread.tid == thread.pid:
            kind, label = "process", numbers[thread.pid]
        else:
            per_process[thread.pid] = per_process.get(thread.pid, 0) + 1
            kind = "thread"
            label = f"{numbers[thread.pid]}, thread {per_process[thread.pid] + 1}"

        def until(i: int) -> int:  # a sample lasts until the next one
            return times[i + 1] if i + 1 < len(times) else times[i]

        running: list[list[int]] = []
        for i in indices:
            if not thread.samples[i]:
                continue
            if running and running[-1][1] == times[i]:
                running[-1][1] = until(i)
            else:
                running.append([times[i], until(i)])
        rows.append(
            Row(
                kind=kind,
                label=label,
                start=times[indices[0]],
                end=until(indices[-1]),
                spans={"running": running},
                main=thread.tid == samples.root,
                key=("thread", thread.tid) if thread.pid == samples.root else None,
            )
        )
    return rows


def _task_rows(inside: dict[str, Any]) -> list[Row]:
    tasks = inside["tasks"]
    shared: dict[str, int] = {}
    for task in tasks:
        if task["name"] is None:
            shared[task["coroutine"]] = shared.get(task["coroutine"], 0) + 1
    seen: dict[str, int] = {}
    rows = []
    first_on_main = next(
        (t["number"] for t in tasks if t["thread"] == inside["pid"]), None
    )
    for task in tasks:
        label = task["name"]
        if label is None:
            label = task["coroutine"]
            if shared[label] > 1:
                seen[label] = seen.get(label, 0) + 1
                label = f"{label} {seen[label]}"
        end = task["end"] if task["end"] is not None else inside["ended"]
        rows.append(
            Row(
                kind="task",
                label=label,
                start=task["start"],
                end=end,
                spans={"running": task["running"]},
                state=task["state"] if task["end"] is not None else "pending",
                main=task["number"] == first_on_main,
                internal="asyncio's own clean-up tasks" if task["internal"] else None,
                key=("task", task["number"]),
            )
        )
    return rows


def _add_marks(rows: list[Row], inside: dict[str, Any]) -> None:
    by_key = {row.key: row for row in rows if row.key is not None}
    for mark in inside["marks"]:
        row = by_key.get((mark["kind"], mark["key"]))
        if row is not None:
            row.spans.setdefault(f"mark:{mark['name']}", []).append(mark["span"])
    starts = {int(tid): ns for tid, ns in inside["thread_starts"].items()}
    for row in rows:
        for spans in row.spans.values():
            spans.sort()
        # The sampler may notice a thread late (it sleeps between samples and
        # a busy machine delays it): the program's own notes bound the row too.
        if row.key is not None and row.key[0] == "thread" and row.key[1] in starts:
            row.start = min(row.start, starts[row.key[1]])
        for spans in row.spans.values():
            if spans:
                row.start = min(row.start, spans[0][0])
                row.end = max(row.end, max(b for _, b in spans))


def _hidden_reason(row: Row, timeline: Timeline) -> str | None:
    if row.internal:
        return row.internal
    for rule in timeline.hide:
        if rule.label.fullmatch(row.label):
            return rule.reason
    return None


def _ms(ns: int, origin: int, end: float) -> float:
    return round(min(max((ns - origin) / 1e6, 0.0), end), 1)


def build(
    samples: Samples, inside: dict[str, Any], timeline: Timeline
) -> dict[str, Any]:
    """The recording: rows in ms from the window's start (see config docs)."""
    rows = _thread_rows(samples, inside["threads"])
    rows += _task_rows(inside)
    _add_marks(rows, inside)
    # The main thread first, then threads and processes as they appeared, then tasks.
    rows.sort(key=lambda r: (r.kind == "task", not r.main, r.start))
    hidden = {id(r): _hidden_reason(r, timeline) for r in rows}
    defining = [r for r in rows if not r.main and hidden[id(r)] is None]
    if not defining:
        defining = [r for r in rows if r.main and r.kind == "thread"]
    origin = min(r.start for r in defining) - int(MARGIN_MS * 1e6)
    end = round((max(r.end for r in defining) - origin) / 1e6 + MARGIN_MS, 1)
    out = [_row_entry(row, origin, end, hidden[id(row)]) for row in rows]
    return {"window_ms": end, "rows": out}


def _row_entry(row: Row, origin: int, end: float, hidden: str | None) -> dict[str, Any]:
    """One row of the recording, in ms from ``origin``, clipped to the window."""
    start, stop = _ms(row.start, origin, end), _ms(row.end, origin, end)
    spans = {
        kind: [
            [_ms(a, origin, end), _ms(b, origin, end)]
            for a, b in spans
            if b >= origin and (a - origin) / 1e6 <= end
        ]
        for kind, spans in row.spans.items()
    }
    if row.end < origin or (row.start - origin) / 1e6 > end:
        lifetime = None  # entirely outside the window
        spans = {kind: [] for kind in spans}
    else:
        lifetime = [start, stop]
    entry: dict[str, Any] = {
        "kind": row.kind,
        "label": row.label,
        "lifetime": lifetime,
        "spans": spans,
        "state": row.state,
    }
    if row.main:
        entry["main"] = True
    if hidden:
        entry["hidden"] = hidden
    return entry


# ------------------------------------------------------------- the run
def _environment() -> dict[str, Any]:
    cpus = os.cpu_count() or 1
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    return {
        "recorded_at": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%MZ"),
        "platform": platform.platform(),
        "system": platform.system(),
        "machine": platform.machine(),
        "cpu_count": cpus,
        "usable_cpus": usable,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def _failed_line(stderr: str, names: set[str]) -> int:
    """The line of the program's own last frame in a traceback, else 1."""
    lines = [
        int(m[2])
        for m in re.finditer(r'File "([^"]+)", line (\d+)', stderr)
        if m[1] in names
    ]
    return lines[-1] if lines else 1


def _leftovers(samples: Samples, pgid: int) -> list[str]:
    """Descendants still alive, also those the sampler never saw (same group)."""
    alive = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        pid = int(entry)
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                fields = _stat_fields(f.read())
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                command = f.read().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, IndexError):
            continue
        ours = pid in samples.order[1:] or int(fields[2]) == pgid
        if ours and pid != pgid and fields[0] not in (b"Z", b"X"):
            alive.append(f"{pid} {command.strip()}")
    return sorted(alive)


def _end_leftovers(samples: Samples, pgid: int) -> list[str]:
    """Processes the program left running, which are then killed.

    multiprocessing's helpers (resource tracker, forkserver) end on their own
    once the program has gone, and a process that is exiting takes a moment
    to go: they get up to two seconds, as in tools/snippets.py.
    """
    deadline = time.monotonic() + 2
    while (left := _leftovers(samples, pgid)) and time.monotonic() < deadline:
        # A process that is exiting has no command line any more.
        if not all(_helper(line) or len(line.split()) == 1 for line in left):
            break
        time.sleep(0.05)
    if left:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
        deadline = time.monotonic() + 2
        while _leftovers(samples, pgid) and time.monotonic() < deadline:
            time.sleep(0.01)
    return left


def check_platform() -> None:
    if not sys.platform.startswith("linux") or not Path("/proc/self/task").is_dir():
        raise RecordError(
            "timelines are recorded from /proc, which only Linux has; this is "
            f"{sys.platform}. Record on Linux (a container or CI works)."
        )


def run(
    timeline: Timeline, python: str = sys.executable, root: Path = ROOT
) -> dict[str, Any]:
    """Run the program once under the sampler; return its recording."""
    check_platform()
    program = root / timeline.program
    if not program.is_file():
        raise RecordError(f"{timeline.program}:1: no such program to record")
    env = _environment()
    with tempfile.TemporaryDirectory() as scratch:
        notes = Path(scratch, "inside.json")
        command = [python, "-m", "timelines.inside", timeline.program, *timeline.args]
        run = _run_sampled(
            command, _child_env(notes, timeline), root, timeline, scratch
        )
        _check_exit(run, timeline, program)
        inside = _read_notes(notes, run.proc.pid, timeline)
    recording = build(run.samples, inside, timeline)
    metadata = {
        "program": timeline.program,
        "args": list(timeline.args),
        **env,
        "python": inside["python"],
        "sampling": _sampling(run, timeline),
        "run_time_ms": round(run.run_ns / 1e6, 1),
        "tasks_recorded": inside["tasks_recorded"],
        "marks": list(timeline.marks),
        **_cpu_time(run.samples),
    }
    return {"metadata": metadata, **recording}


@dataclass
class SampledRun:
    proc: subprocess.Popen[bytes]
    samples: Samples
    run_ns: int  # wall time from start to exit
    sampler_cpu_ns: int  # this process's CPU time meanwhile
    stderr: str


def _child_env(notes: Path, timeline: Timeline) -> dict[str, str]:
    return {
        **os.environ,
        "TIMELINES_OUT": str(notes),
        "TIMELINES_MARKS": json.dumps(list(timeline.marks)),
        # timelines.inside comes from this checkout, whatever the cwd; it
        # then puts PYTHONPATH back as it was (TIMELINES_PYTHONPATH).
        "PYTHONPATH": os.pathsep.join(
            [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
        "TIMELINES_PYTHONPATH": json.dumps(os.environ.get("PYTHONPATH")),
    }


def _run_sampled(
    command: list[str],
    env: dict[str, str],
    root: Path,
    timeline: Timeline,
    scratch: str,
) -> SampledRun:
    """Start ``command`` in a session of its own and sample it until it exits."""
    with (
        open(Path(scratch, "out"), "w+b") as out,
        open(Path(scratch, "err"), "w+b") as err,
    ):
        started = time.monotonic_ns()
        proc = subprocess.Popen(
            command,
            cwd=root,
            stdout=out,
            stderr=err,
            env=env,
            start_new_session=True,
        )
        sampler_cpu = time.process_time_ns()
        try:
            samples = sample(proc, timeline.interval_ms / 1000)
        except BaseException:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            raise
        run_ns = time.monotonic_ns() - started
        sampler_cpu = time.process_time_ns() - sampler_cpu
        err.seek(0)
        stderr = err.read().decode(errors="replace")
    return SampledRun(proc, samples, run_ns, sampler_cpu, stderr)


def _check_exit(run: SampledRun, timeline: Timeline, program: Path) -> None:
    """Refuse a run that left processes behind or failed, at the program's line."""
    leftovers = _end_leftovers(run.samples, run.proc.pid)
    if leftovers:
        raise RecordError(
            f"{timeline.program}:1: left {len(leftovers)} process(es) running "
            "after it exited:\n  " + "\n  ".join(leftovers) + "\n"
            "A recording covers the whole program: join every process it starts."
        )
    if run.proc.returncode != 0:
        line = _failed_line(run.stderr, {timeline.program, str(program.resolve())})
        raise RecordError(
            f"{timeline.program}:{line}: exited with status {run.proc.returncode} "
            f"while recorded.\n--- stderr ---\n{run.stderr[-3000:]}"
        )


def _read_notes(notes: Path, pid: int, timeline: Timeline) -> dict[str, Any]:
    """What timelines.inside wrote from inside the program's own process."""
    if not notes.exists():
        raise RecordError(
            f"{timeline.program}:1: wrote no notes from inside (did it end "
            "with os._exit?); a recording needs a normal exit"
        )
    inside: dict[str, Any] = json.loads(notes.read_text("utf-8"))
    if inside["pid"] != pid:  # timelines.inside guards against this
        raise RecordError(
            f"{timeline.program}:1: the notes were written by process "
            f"{inside['pid']}, not by the program's own ({pid})"
        )
    return inside


def _sampling(run: SampledRun, timeline: Timeline) -> dict[str, Any]:
    times = run.samples.times
    intervals = [b - a for a, b in itertools.pairwise(times)]
    mean = sum(intervals) / len(intervals) / 1e6 if intervals else 0.0
    longest = max(intervals, default=0) / 1e6
    return {
        "target_interval_ms": timeline.interval_ms,
        "mean_interval_ms": round(mean, 2),
        "longest_interval_ms": round(longest, 2),
        # The sampler's own CPU time: on a machine with few CPUs it
        # competes with the program for them.
        "sampler_cpu_ms": round(run.sampler_cpu_ns / 1e6, 1),
        "samples": len(times),
    }


def _cpu_time(samples: Samples) -> dict[str, float]:
    """CPU time of all the program's threads, and time they waited for a CPU.

    The second is the kernel's measure of a busy machine: a thread that is
    ready to run but finds every CPU taken waits in the run queue, and its
    samples say R (running) meanwhile.
    """
    on_cpu = queued = 0
    for thread in samples.threads.values():
        if thread.first_sched and thread.last_sched:
            on_cpu += thread.last_sched[0] - thread.first_sched[0]
            queued += thread.last_sched[1] - thread.first_sched[1]
    return {
        "cpu_time_ms": round(on_cpu / 1e6, 1),
        "run_queue_wait_ms": round(queued / 1e6, 1),
    }


def plain_run_ms(
    timeline: Timeline, python: str = sys.executable, root: Path = ROOT
) -> float:
    """Wall time of ``python PROGRAM`` without any recording."""
    started = time.monotonic_ns()
    subprocess.run(
        [python, timeline.program, *timeline.args],
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return (time.monotonic_ns() - started) / 1e6
