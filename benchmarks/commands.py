"""The `synth` and `bench` subcommands: synthetic data at scale, and the benchmark on it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from accountability.config import add_data_option, data_dir

SUFFIXES = {"k": 1_000, "m": 1_000_000}


def count(text: str) -> int:
    """A row count written as 250000, 250_000, 250k or 10M."""
    text = text.strip().lower().replace("_", "")
    factor = SUFFIXES.get(text[-1:], 1)
    try:
        value = int(float(text[:-1]) * factor) if factor > 1 else int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a count such as 10000, 100k or 1M") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the count must be at least 1")
    return value


def _synth(args: argparse.Namespace) -> int:
    from .synth import synthesize

    counts = synthesize(
        args.events, Path(args.out), seed=args.seed, progress=lambda line: print(line, file=sys.stderr)
    )
    print(
        f"wrote {counts.events:,} events, {counts.memberships:,} memberships, {counts.statistics:,} figures, "
        f"{counts.sources:,} sources and {counts.citations:,} citations to {args.out}"
    )
    return 0


def register_synth(sub: argparse._SubParsersAction) -> None:
    synth = sub.add_parser("synth", help="write a synthetic dataset in the real schema, for scale tests")
    synth.add_argument("--events", type=count, required=True, help="how many events (10000, 100k, 1M, ...)")
    synth.add_argument("--out", required=True, help="directory to write the parquet tables to")
    synth.add_argument("--seed", type=int, default=0, help="the same seed gives the same files (default 0)")
    synth.set_defaults(run=_synth)


def _bench(args: argparse.Namespace) -> int:
    from .bench import ENGINES, PAGES, bench

    pages = args.pages.split(",") if args.pages else PAGES
    engines = args.engines.split(",") if args.engines else ENGINES
    unknown = sorted(set(pages) - set(PAGES)) + sorted(set(engines) - set(ENGINES))
    if unknown:
        print(f"unknown page or engine: {', '.join(unknown)}", file=sys.stderr)
        return 2
    bench(data_dir(args.data), Path(args.json) if args.json else None, pages, engines, args.timeout)
    return 0


def register_bench(sub: argparse._SubParsersAction) -> None:
    bench = sub.add_parser(
        "bench", help="time each page's data path, the app's DuckDB engine against a pandas baseline"
    )
    add_data_option(bench)
    bench.add_argument("--json", default=None, help="write the results to this file")
    bench.add_argument("--pages", default=None, help="comma-separated pages (default: all)")
    bench.add_argument("--engines", default=None, help="comma-separated: duckdb,pandas (default: both)")
    bench.add_argument("--timeout", type=float, default=3600, help="seconds one page may take in one engine")
    bench.set_defaults(run=_bench)
