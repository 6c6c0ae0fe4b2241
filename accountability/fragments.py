"""Researched facts delivered as CSV fragments, one folder per researcher, merged into data/curated.

A folder holds any of <table>.csv (new rows, the curated columns) and coalitions_updates.csv
(whole replacement rows for coalitions already held). The merge keeps what is held and adds
only what is new: a source already held under its id or its address is not added again (the
fragments' citations of it are pointed at the held id), nor an actor, metric or coalition
whose id is held, nor a membership held with the same coalition, actor and join date (its
citations then support the held one). Every skip is reported. Nothing is validated here:
`validate` and `release` do that on the result.

`python -m accountability merge-fragments DIR...`
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .config import data_dir
from .curated import csv_path, read_rows, write_rows
from .schema import PRIMARY_KEYS, TABLES
from .validate import load

UPDATES = "coalitions_updates"
# Tables in the order they are merged: what a row refers to comes before the row.
ORDER = (
    "sources",
    "actors",
    "metrics",
    "coalitions",
    UPDATES,
    "events",
    "memberships",
    "statistics",
    "citations",
)


@dataclass
class Merged:
    added: Counter = field(default_factory=Counter)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def address(url: str) -> str:
    """A URL compared loosely: no scheme, no 'www.', no trailing slash, any case."""
    return re.sub(r"^(https?://)?(www\.)?", "", url.strip().lower()).rstrip("/")


def _membership_key(row: dict[str, str]) -> tuple[str, ...]:
    return (row["coalition_id"], row["actor_id"], row["joined"], row["joined_precision"])


def _citation_key(row: dict[str, str]) -> tuple[str, ...]:
    return (row["record_table"], row["record_id"], row["source_id"])


def merge(curated_dir: Path, folders: list[Path]) -> Merged:
    """Add the fragments of each folder, in order, to the curated tables, and write them."""
    tables, _ = load(curated_dir)
    report = Merged()
    for folder in folders:
        source_alias: dict[str, str] = {}
        record_alias: dict[tuple[str, str], str] = {}
        for name in ORDER:
            path = folder / f"{name}.csv"
            if not path.is_file():
                continue
            _, rows = read_rows(path)
            if name == UPDATES:
                _apply_updates(tables["coalitions"], rows, folder, report)
                continue
            rows = [{k: v.strip() for k, v in row.items()} for row in rows]
            _add(name, tables[name], rows, folder, report, source_alias, record_alias)
    for table in TABLES:
        write_rows(csv_path(curated_dir, table), table, tables[table])
    return report


def _apply_updates(held: list[dict], rows: list[dict], folder: Path, report: Merged) -> None:
    index = {row["coalition_id"]: i for i, row in enumerate(held)}
    for row in rows:
        if row["coalition_id"] not in index:
            report.skipped.append(f"{folder.name}/{UPDATES}: {row['coalition_id']} is not a coalition held")
            continue
        held[index[row["coalition_id"]]] = row
        report.updated.append(f"{folder.name}: coalition {row['coalition_id']}")


def _add(
    table: str,
    held: list[dict],
    rows: list[dict],
    folder: Path,
    report: Merged,
    source_alias: dict[str, str],
    record_alias: dict[tuple[str, str], str],
) -> None:
    key = PRIMARY_KEYS.get(table)
    ids = {row[key] for row in held} if key else set()
    urls = {address(row["url"]): row["source_id"] for row in held if table == "sources" and row["url"]}
    memberships = {_membership_key(r): r["membership_id"] for r in held} if table == "memberships" else {}
    citations = {_citation_key(row) for row in held} if table == "citations" else set()
    where = f"{folder.name}/{table}"
    for row in rows:
        if table == "sources" and row["source_id"] not in ids and address(row["url"]) in urls:
            source_alias[row["source_id"]] = urls[address(row["url"])]
            report.skipped.append(f"{where}: {row['source_id']} is held as {source_alias[row['source_id']]}")
            continue
        if table == "memberships" and _membership_key(row) in memberships:
            record_alias[("memberships", row["membership_id"])] = memberships[_membership_key(row)]
            report.skipped.append(
                f"{where}: {row['membership_id']} is held as {memberships[_membership_key(row)]}"
            )
            continue
        if table == "citations":
            row["source_id"] = source_alias.get(row["source_id"], row["source_id"])
            row["record_id"] = record_alias.get((row["record_table"], row["record_id"]), row["record_id"])
            if _citation_key(row) in citations:
                report.skipped.append(f"{where}: {'/'.join(_citation_key(row))} is held")
                continue
            citations.add(_citation_key(row))
        elif row[key] in ids:
            report.skipped.append(f"{where}: {row[key]} is held")
            continue
        else:
            ids.add(row[key])
        if table == "sources" and row["url"]:
            urls[address(row["url"])] = row["source_id"]
        if table == "memberships":
            memberships[_membership_key(row)] = row["membership_id"]
        held.append(row)
        report.added[table] += 1


def _run(args: argparse.Namespace) -> int:
    root = data_dir(args.data)
    report = merge(root / "curated", [Path(folder) for folder in args.folders])
    for line in report.skipped:
        print(f"skipped {line}")
    for line in report.updated:
        print(f"replaced {line}")
    for table in TABLES:
        print(f"added {report.added[table]:>4} {table}")
    print("Now run `python -m accountability validate`, then `release`.")
    return 0


def register_merge(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "merge-fragments", help="add researched CSV fragments (one folder each) to the curated tables"
    )
    parser.add_argument("folders", nargs="+", metavar="DIR", help="folders of <table>.csv fragments")
    parser.add_argument(
        "--data", default=None, help="data directory (default: $ACCOUNTABILITY_DATA or the bundled data/)"
    )
    parser.set_defaults(run=_run)
