"""Benchmark of the dashboard. `python -m bench [--quick] [--only ...]`: the
table (see __main__.py); `python -m bench.parts PAGE` and `python -m
bench.profile PAGE`: where one page's rerun spends its time."""
