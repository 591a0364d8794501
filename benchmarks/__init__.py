"""Benchmarks behind the Benchmarks page: measure, save JSON, render charts.

Run ``python -m benchmarks --help`` from the repository root. Each workload
module (cpu, iobound, cost, tasksize, engines) measures, checks, tabulates and
charts its own part; results.py names them, report.py puts the page together,
and figures_markdown.py (a Markdown extension, so that MkDocs and Zensical both
run it) puts the figures into pages at build time.
"""
