"""Benchmarks behind the Benchmarks page: measure, save JSON, render charts.

Run from the repository root:

    python -m benchmarks                      # every workload, full run
    python -m benchmarks --only cpu --quick   # one workload, smoke mode
    python -m benchmarks render               # charts and tables from the JSON

Each workload module (cpu, iobound, cost, tasksize) measures, checks, and
renders its own part; results.py names them, report.py puts the page
together, and figures_markdown.py (a Markdown extension, so that MkDocs and
Zensical both run it) puts the figures into pages at build time.
"""
