"""How complete the dataset is: named members against declared sizes, and gaps in figure series.

`python -m accountability coverage` prints both tables. A coalition counts distinct actors: a
member reported twice with conflicting dates (both records kept) is one member.
"""

from __future__ import annotations

import argparse

import duckdb
import pandas as pd

from . import db
from .config import data_dir
from .gaps import LONG_GAP_MONTHS, is_long_gap

ENOUGH = 0.9  # below this share of the declared size, the coalition's note is printed with it


def coalitions(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return db.run(con, "coverage_coalitions")


def gaps(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    return db.run(con, "coverage_gaps")


def _declared(row) -> str:
    if pd.isna(row.declared_size):
        return "not declared"
    return f"{int(row.declared_size)} {row.declared_size_unit or 'members'}"


def coalition_lines(table: pd.DataFrame) -> list[str]:
    """One line per coalition, its note beneath when fewer than 90% of the declared size are named."""
    width = max([len("Coalition"), *table["short_name"].map(len)])
    lines = [f"{'Coalition':<{width}}  {'Declared':<36} {'Named':>5} {'Share':>6}  Left"]
    for row in table.itertuples():
        share = "" if pd.isna(row.share_named) else f"{row.share_named:.0%}"
        lines.append(
            f"{row.short_name:<{width}}  {_declared(row):<36} {row.named:>5} {share:>6}  {row.departed or ''}"
        )
        if not pd.isna(row.share_named) and row.share_named < ENOUGH:
            lines.append(f"    below {ENOUGH:.0%}: {row.note or 'no note says why'}")
    return lines


def _day(value) -> str:
    return "" if pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def gap_lines(table: pd.DataFrame) -> list[str]:
    """One line per metric and reporter: figures, span, and the longest gap (* when over six months)."""
    names = [f"{m} / {r}" for m, r in zip(table["metric"], table["reporter"], strict=True)]
    width = max([len("Metric / reporter"), *map(len, names)])
    lines = [f"{'Metric / reporter':<{width}}  {'Figures':>7}  {'First':<10}  {'Last':<10}  Longest gap"]
    for name, row in zip(names, table.itertuples(), strict=True):
        gap = ""
        if not pd.isna(row.gap_days):
            mark = " *" if is_long_gap(row.gap_from, row.gap_to) else ""
            gap = f"{int(row.gap_days)} days, {_day(row.gap_from)} to {_day(row.gap_to)}{mark}"
        span = f"{_day(row.first_as_of):<10}  {_day(row.last_as_of):<10}"
        lines.append(f"{name:<{width}}  {row.n_figures:>7}  {span}  {gap}")
    lines.append(f"* longer than {LONG_GAP_MONTHS} months: drawn as a gap on the Case counts chart")
    return lines


def report(con: duckdb.DuckDBPyConnection) -> str:
    return "\n".join(
        [
            "Coalitions: declared size and distinct members named",
            *coalition_lines(coalitions(con)),
            "",
            "Figure series: the longest gap between consecutive figures",
            *gap_lines(gaps(con)),
        ]
    )


def _run(args: argparse.Namespace) -> int:
    print(report(db.connect(data_dir(args.data))))
    return 0


def register_coverage(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "coverage", help="declared coalition sizes against distinct members named, and gaps in figure series"
    )
    parser.add_argument(
        "--data", default=None, help="data directory (default: $ACCOUNTABILITY_DATA or the bundled data/)"
    )
    parser.set_defaults(run=_run)
