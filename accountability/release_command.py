"""`python -m accountability release`: build, validate, record and serve a data release."""

from __future__ import annotations

import argparse
import sys

from .config import data_dir


def _summary(record: dict) -> list[str]:
    lines = [f"release {record['id']} ({record['date']}), after {record['previous'] or 'nothing: the first'}"]
    for table, count in record["counts"].items():
        changes = record["changes"][table]
        moved = ", ".join(f"{len(ids)} {change}" for change, ids in changes.items() if ids)
        shown = f"  ({moved})" if moved and record["previous"] else ""
        lines.append(f"  {table:<12} {count:>6} rows{shown}")
    return lines


def _release(args: argparse.Namespace) -> int:
    from .build import BuildError
    from .releases import ReleaseError, cut, verify

    root = data_dir(args.data)
    if args.check:
        problems = verify(root)
        for problem in problems:
            print(problem)
        if problems:
            print(f"{len(problems)} problem(s) with the releases in {root}", file=sys.stderr)
            return 1
        print(f"{root / 'releases'}: every release matches its record")
        return 0
    try:
        record, new = cut(root)
    except (BuildError, ReleaseError) as error:
        for problem in error.problems:
            print(problem)
        print(f"No release: {error}.", file=sys.stderr)
        return 1
    if not new:
        print(f"Nothing changed since release {record['id']}: it stays the current release.")
        return 0
    print("\n".join(_summary(record)))
    for entry in record["changelog"]:
        print(f"  - {entry['text']}")
    return 0


def register_release(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "release",
        help="build, validate and record data/releases/<id>.json with what changed, then serve it",
    )
    parser.add_argument(
        "--data", default=None, help="data directory (default: $ACCOUNTABILITY_DATA or the bundled data/)"
    )
    parser.add_argument(
        "--check", action="store_true", help="only check every release's files against its record"
    )
    parser.set_defaults(run=_release)
