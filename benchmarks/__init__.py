"""What measures the dashboard, kept beside it: synthetic data at scale, the benchmark of each
page's data path against a pandas baseline, and the benchmark in a browser. Run from a checkout:
`python -m benchmarks synth|bench|browser ...`; results/ holds the figures of earlier runs.
"""
