"""Benchmark of the dashboard: `python -m bench` (see __main__.py)."""
