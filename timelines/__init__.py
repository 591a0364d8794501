"""Timelines recorded from real runs of the programs on the site's pages.

``python -m timelines`` (``nox -s timelines``) runs each program listed in
timelines/timelines.toml, records when each of its threads, processes and
asyncio tasks was running or waiting, and draws the recording as an SVG
timeline for each colour scheme, with alt text and a caption computed from it.

* **Threads and processes: the kernel's view, sampled from outside**
  (timelines/recorder.py reads each thread's state from ``/proc``, Linux only).
  It sees what a tracer of function calls cannot: two threads in a pure-Python
  loop both look busy to a tracer (VizTracer records entry and exit times),
  while here the one waiting for the GIL is seen asleep. Nothing runs inside
  the program for this; the sampler's own CPU time (kept in the recording) is
  the cost, and it matters only when the program wants every CPU. On a busy
  machine, time spent ready but waiting for a free CPU counts as running: the
  caption reports that wait and ``record`` warns, so such a run is recorded again.
* **Names, tasks and marks: the program's own notes** (timelines/inside.py,
  under which the program runs): thread names and, on Python 3.12+, asyncio
  tasks and marked functions. On 3.11 tasks are not recorded, and the caption
  says so.

Files: timelines/recordings/<name>.json (one real run, never edited) and,
drawn from it by timelines/render.py, docs/timelines/<name>-light.svg,
<name>-dark.svg and <name>.md, which a page includes with pymdownx.snippets.
"""
