"""Benchmarks behind the Benchmarks page: measure, save JSON, render charts.

Run from the repository root:

    python -m tests.bench                     # every workload, full run
    python -m tests.bench --only cpu --quick  # one workload, smoke mode
    python -m tests.bench render              # charts and tables from the JSON

Each workload module has ``run(quick: bool) -> dict``; ``results.py`` defines
the JSON layout and checks it, ``render.py`` turns it into SVG and Markdown.
"""
