"""Timelines recorded from real runs of the programs on the site's pages.

``python -m timelines`` (``nox -s timelines``) runs each program listed in
timelines/timelines.toml, records when each of its threads, processes and
asyncio tasks was running or waiting, and draws the recording as an SVG
timeline for each colour scheme, with alt text and a caption computed from it.

How it records, and why:

* **Threads and processes: the kernel's view, sampled from outside**
  (timelines/recorder.py). Every half millisecond or so the recorder, a
  separate process, reads each thread's state from ``/proc`` (Linux). ``R``
  is on a CPU or ready for one; a thread waiting for the GIL, a lock, a timer
  or I/O sleeps (``S``/``D``). Nothing runs inside the program for this; the
  sampler's own CPU time (kept in the recording) is the cost, and it matters
  only when the program wants every CPU. It sees what a tracer of function
  calls cannot: two threads in a pure-Python loop both look busy to a tracer
  (VizTracer records entry and exit times), while here the one waiting for
  the GIL is seen asleep. The recorder also reads each thread's
  ``schedstat``: CPU time, and time spent ready but waiting for a free CPU.
  On a busy machine ``R`` includes that wait; the caption reports it and
  ``record`` warns, so such a run is recorded again.
* **Names, tasks and marks: the program's own notes** (timelines/inside.py).
  The program runs under ``python -m timelines.inside``, which gives threads
  their Python names (``threading.setprofile``, once per thread) and, on
  Python 3.12+, follows asyncio tasks with ``sys.monitoring``: start,
  resume, yield and return events are switched off for every function that
  is not a coroutine (or a marked function) at its first call; unwind and
  throw events cannot be switched off and are ignored for such code. On 3.11
  tasks are not recorded, and the caption says so.

Files: timelines/recordings/<name>.json (one real run, never edited) and,
drawn from it by timelines/render.py, docs/timelines/<name>-light.svg,
<name>-dark.svg and <name>.md, which a page includes with pymdownx.snippets.
"""
