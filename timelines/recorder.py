"""Record a run: each thread's state seen from outside, the program's own notes.

The recorder starts ``python -m timelines.inside PROGRAM`` in a session of its
own and, every ``interval`` (about half a millisecond), reads the state of
every thread of that process and of its descendants from
``/proc/<pid>/task/<tid>/stat``. ``R`` means on a CPU or ready for one; ``S``
and ``D`` mean asleep: waiting for the GIL, a lock, a timer or I/O. A thread
that waits for the GIL sleeps on a condition variable, so for threads running
Python code ``R`` means "holds the GIL". Each sample stands for the time until
the next one. ``schedstat`` gives each thread's CPU time and its wait for a CPU.

Both sides take time from CLOCK_MONOTONIC (``time.monotonic_ns``), which every
process on the machine shares.
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
from collections import Counter
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
    stat: int  # open fd of /proc/<pid>/task/<tid>/stat, -1 once the thread ended
    schedstat: int = -1  # and of its schedstat
    samples: dict[int, bool] = field(default_factory=dict)  # sample index -> running
    # schedstat: ns on a CPU, ns waiting in the run queue for one (first and
    # last reading), so a busy machine shows in the record.
    first_sched: tuple[int, int] | None = None
    last_sched: tuple[int, int] | None = None

    def close(self) -> None:
        for fd in (self.stat, self.schedstat):
            if fd >= 0:
                os.close(fd)
        self.stat = self.schedstat = -1


@dataclass
class Samples:
    root: int
    times: list[int] = field(default_factory=list)
    threads: dict[tuple[int, int], Thread] = field(default_factory=dict)
    cmdlines: dict[int, str] = field(default_factory=dict)
    command_reads: dict[int, int] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)  # pids in order of appearance
    parents: dict[int, int] = field(default_factory=dict)


def _stat_fields(data: bytes) -> list[bytes]:
    # The name in parentheses may contain spaces: split after its last ")".
    return data[data.rfind(b")") + 2 :].split()


def _read_command(pid: int) -> str:
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        return f.read().replace(b"\0", b" ").decode(errors="replace")


class NewProcesses:
    """Finds the program's new descendant processes, with their parents.

    Listing /proc costs more than the rest of a sample together, so it is not
    done each time: /proc/loadavg names the last process id handed out, which
    Linux hands out in order, and only the ids since the last look are read.
    When the counter has wrapped around, /proc is listed after all.
    """

    def __init__(self, known: set[int]) -> None:
        self.known = known
        self.fd = os.open("/proc/loadavg", os.O_RDONLY)
        self.last = self._last_id()
        self.retry: dict[int, int] = {}  # id -> looks left: handed out, not in /proc

    def _last_id(self) -> int:
        return int(os.pread(self.fd, 128, 0).split()[-1])

    def close(self) -> None:
        os.close(self.fd)

    def __call__(self) -> dict[int, int]:
        last = self._last_id()
        if last == self.last and not self.retry:
            return {}
        if last >= self.last:
            ids = list(range(self.last + 1, last + 1))
        else:
            ids = [int(e) for e in os.listdir("/proc") if e.isdigit()]
        self.last = last
        parents = {}
        for pid in sorted({*ids, *self.retry} - self.known):
            try:
                with open(f"/proc/{pid}/status", "rb") as f:
                    fields = dict(
                        line.split(b":", 1)
                        for line in f.read().splitlines()
                        if b":" in line
                    )
            except OSError:
                self.retry[pid] = self.retry.get(pid, 5) - 1
                if self.retry[pid] <= 0:
                    del self.retry[pid]
                continue
            self.retry.pop(pid, None)
            if int(fields[b"Tgid"]) == pid:  # a process, not a thread of one
                parents[pid] = int(fields[b"PPid"])
        found = {}
        changed = True
        while changed:  # a grandchild may come before its parent (wrap-around)
            changed = False
            for pid, ppid in parents.items():
                if ppid in self.known and pid not in self.known:
                    self.known.add(pid)
                    found[pid] = ppid
                    changed = True
        return found


def sample(proc: subprocess.Popen[bytes], interval_s: float) -> Samples:
    """Sample every thread of ``proc`` and its descendants until ``proc`` exits.

    If sampling fails, the program's whole session is killed.
    """
    samples = Samples(root=proc.pid, order=[proc.pid])
    alive = {proc.pid}
    new_processes = NewProcesses({proc.pid})
    try:
        while True:
            for pid, parent in new_processes().items():
                alive.add(pid)
                samples.order.append(pid)
                samples.parents[pid] = parent
            _read_commands(samples, alive)
            _open_new_threads(samples, alive)
            _read_states(samples)
            if proc.poll() is not None:
                return samples
            time.sleep(interval_s)
    except BaseException:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    finally:
        new_processes.close()
        for thread in samples.threads.values():
            thread.close()


def _read_commands(samples: Samples, alive: set[int]) -> None:
    # Read again for a while: exec replaces a forked copy's command line.
    for pid in alive:
        reads = samples.command_reads.get(pid, 0)
        if reads < COMMAND_READS:
            samples.command_reads[pid] = reads + 1
            with contextlib.suppress(OSError):
                samples.cmdlines[pid] = _read_command(pid)


def _open_new_threads(samples: Samples, alive: set[int]) -> None:
    """Open the stat files of threads not seen before; forget ended processes."""
    for pid in list(alive):
        try:
            tids = [int(entry) for entry in os.listdir(f"/proc/{pid}/task")]
        except OSError:
            alive.discard(pid)
            continue
        for tid in tids:
            if (pid, tid) in samples.threads:
                continue
            task = f"/proc/{pid}/task/{tid}"
            with contextlib.suppress(OSError):
                thread = Thread(pid, tid, os.open(f"{task}/stat", os.O_RDONLY))
                samples.threads[pid, tid] = thread
                thread.schedstat = os.open(f"{task}/schedstat", os.O_RDONLY)


def _read_states(samples: Samples) -> None:
    """One sample: whether each live thread is running, and its CPU times."""
    index = len(samples.times)
    samples.times.append(time.monotonic_ns())
    for thread in samples.threads.values():
        if thread.stat < 0:
            continue
        try:
            state = _stat_fields(os.pread(thread.stat, 1024, 0))[0]
        except (OSError, IndexError):
            state = b"X"
        if state in (b"Z", b"X"):  # ended
            thread.close()
            continue
        thread.samples[index] = state == b"R"
        if thread.schedstat >= 0:
            with contextlib.suppress(OSError, ValueError):
                on_cpu, queued = os.pread(thread.schedstat, 128, 0).split()[:2]
                thread.last_sched = (int(on_cpu), int(queued))
                thread.first_sched = thread.first_sched or thread.last_sched


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


def _process_labels(samples: Samples) -> dict[int, str]:
    """A helper's name, else "process 1", "process 2"… in order of appearance."""
    labels: dict[int, str] = {}
    count = 0
    for pid in samples.order[1:]:
        helper = _helper(samples.cmdlines.get(pid, ""))
        parent = samples.parents.get(pid)
        if helper and helper == _helper(samples.cmdlines.get(parent or 0, "")):
            helper = None  # forked by the forkserver: a worker, not the server
        if helper is None:
            count += 1
        labels[pid] = helper or f"process {count}"
    return labels


def _running(thread: Thread, times: list[int]) -> tuple[int, int, list[list[int]]]:
    """First and last moment the thread was seen, and its running spans (ns)."""

    def until(i: int) -> int:  # a sample lasts until the next one
        return times[i + 1] if i + 1 < len(times) else times[i]

    indices = sorted(thread.samples)
    running: list[list[int]] = []
    for i in indices:
        if not thread.samples[i]:
            continue
        if running and running[-1][1] == times[i]:
            running[-1][1] = until(i)
        else:
            running.append([times[i], until(i)])
    return times[indices[0]], until(indices[-1]), running


def _thread_rows(samples: Samples, names: dict[str, str]) -> list[Row]:
    """The program's threads by the names it gave them, then other processes'."""
    processes = _process_labels(samples)
    unnamed = 0
    per_process: Counter[int] = Counter()
    threads = sorted(
        samples.threads.values(),
        key=lambda t: (samples.order.index(t.pid), min(t.samples, default=0), t.tid),
    )
    rows = []
    for thread in threads:
        if not thread.samples:
            continue
        if thread.pid == samples.root:
            kind = "thread"
            label = names.get(str(thread.tid))
            if label is None:
                unnamed += 1
                label = f"unnamed thread {unnamed}"
        elif thread.tid == thread.pid:
            kind, label = "process", processes[thread.pid]
        else:
            per_process[thread.pid] += 1
            kind = "thread"
            label = f"{processes[thread.pid]}, thread {per_process[thread.pid] + 1}"
        start, end, running = _running(thread, samples.times)
        own = thread.pid == samples.root
        rows.append(
            Row(
                kind=kind,
                label=label,
                start=start,
                end=end,
                spans={"running": running},
                main=thread.tid == samples.root,
                key=("thread", thread.tid) if own else None,
            )
        )
    return rows


def _task_rows(inside: dict[str, Any]) -> list[Row]:
    tasks = inside["tasks"]
    shared = Counter(t["coroutine"] for t in tasks if t["name"] is None)
    seen: Counter[str] = Counter()
    rows = []
    first_on_main = next(
        (t["number"] for t in tasks if t["thread"] == inside["pid"]), None
    )
    for task in tasks:
        label = task["name"]
        if label is None:
            label = task["coroutine"]
            if shared[label] > 1:
                seen[label] += 1
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


def build(
    samples: Samples, inside: dict[str, Any], timeline: Timeline
) -> dict[str, Any]:
    """The recording: rows in ms from the window's start (see config docs)."""
    rows = _thread_rows(samples, inside["threads"])
    rows += _task_rows(inside)
    _add_marks(rows, inside)
    # The main thread first, then threads and processes as they appeared, then tasks.
    rows.sort(key=lambda r: (r.kind == "task", not r.main, r.start))
    hidden = {id(r): r.internal or timeline.hidden(r.label) for r in rows}
    defining = [r for r in rows if not r.main and hidden[id(r)] is None]
    if not defining:
        defining = [r for r in rows if r.main and r.kind == "thread"]
    origin = min(r.start for r in defining) - int(MARGIN_MS * 1e6)
    end = round((max(r.end for r in defining) - origin) / 1e6 + MARGIN_MS, 1)
    out = [_row_entry(row, origin, end, hidden[id(row)]) for row in rows]
    return {"window_ms": end, "rows": out}


def _row_entry(row: Row, origin: int, end: float, hidden: str | None) -> dict[str, Any]:
    """One row of the recording, in ms from ``origin``, clipped to the window."""

    def ms(ns: int) -> float:
        return round(min(max((ns - origin) / 1e6, 0.0), end), 1)

    def shown(a: int, b: int) -> bool:
        return b >= origin and (a - origin) / 1e6 <= end

    alive = shown(row.start, row.end)  # else entirely outside the window
    entry: dict[str, Any] = {
        "kind": row.kind,
        "label": row.label,
        "lifetime": [ms(row.start), ms(row.end)] if alive else None,
        "spans": {
            kind: [[ms(a), ms(b)] for a, b in spans if alive and shown(a, b)]
            for kind, spans in row.spans.items()
        },
        "state": row.state,
    }
    if row.main:
        entry["main"] = True
    if hidden:
        entry["hidden"] = hidden
    return entry


# ------------------------------------------------------------- the run
def _environment() -> dict[str, Any]:
    return {
        "recorded_at": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%MZ"),
        "platform": platform.platform(),
        "system": platform.system(),
        "machine": platform.machine(),
        "cpu_count": os.cpu_count() or 1,
        "usable_cpus": len(os.sched_getaffinity(0)),  # Linux only, as the recorder
        "load_average": load_average(),
    }


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


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
            command = _read_command(pid)
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


def run(timeline: Timeline) -> dict[str, Any]:
    """Run the program once under the sampler; return its recording."""
    check_platform()
    if not (ROOT / timeline.program).is_file():
        raise RecordError(f"{timeline.program}:1: no such program to record")
    env = _environment()
    command = [sys.executable, "-m", "timelines.inside", timeline.program]
    with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryFile() as err:
        notes = Path(scratch, "inside.json")
        started = time.monotonic_ns()
        proc = subprocess.Popen(
            [*command, *timeline.args],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=_child_env(notes, timeline),
            start_new_session=True,
        )
        sampler_cpu = time.process_time_ns()
        samples = sample(proc, timeline.interval_ms / 1000)
        run_ns = time.monotonic_ns() - started
        sampler_cpu = time.process_time_ns() - sampler_cpu
        err.seek(0)
        _check_exit(proc, samples, err.read().decode(errors="replace"), timeline)
        inside = _read_notes(notes, proc.pid, timeline)
    metadata = {
        "program": timeline.program,
        "args": list(timeline.args),
        **env,
        "python": inside["python"],
        "sampling": _sampling(samples.times, timeline.interval_ms, sampler_cpu),
        "run_time_ms": round(run_ns / 1e6, 1),
        "tasks_recorded": inside["tasks_recorded"],
        "marks": list(timeline.marks),
        **_cpu_time(samples),
    }
    return {"metadata": metadata, **build(samples, inside, timeline)}


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


def _check_exit(
    proc: subprocess.Popen[bytes], samples: Samples, stderr: str, timeline: Timeline
) -> None:
    """Refuse a run that left processes behind or failed, at the program's line."""
    leftovers = _end_leftovers(samples, proc.pid)
    if leftovers:
        raise RecordError(
            f"{timeline.program}:1: left {len(leftovers)} process(es) running "
            "after it exited:\n  " + "\n  ".join(leftovers) + "\n"
            "A recording covers the whole program: join every process it starts."
        )
    if proc.returncode != 0:
        paths = {timeline.program, str((ROOT / timeline.program).resolve())}
        raise RecordError(
            f"{timeline.program}:{_failed_line(stderr, paths)}: exited with status "
            f"{proc.returncode} while recorded.\n--- stderr ---\n{stderr[-3000:]}"
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


def _sampling(
    times: list[int], target_ms: float, sampler_cpu_ns: int
) -> dict[str, Any]:
    intervals = [b - a for a, b in itertools.pairwise(times)]
    return {
        "target_interval_ms": target_ms,
        "mean_interval_ms": round(sum(intervals) / max(len(intervals), 1) / 1e6, 2),
        "longest_interval_ms": round(max(intervals, default=0) / 1e6, 2),
        # The sampler's own CPU time: on a machine with few CPUs it
        # competes with the program for them.
        "sampler_cpu_ms": round(sampler_cpu_ns / 1e6, 1),
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


def plain_run_ms(timeline: Timeline) -> float:
    """Wall time of ``python PROGRAM`` without any recording."""
    started = time.monotonic_ns()
    subprocess.run(
        [sys.executable, timeline.program, *timeline.args],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return (time.monotonic_ns() - started) / 1e6
