"""The subcommands of `python -m accountability`; each registers its own parser."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .config import add_data_option, data_dir
from .ingest.cli import register_ingest, register_ingest_eval, register_review


def _validate(args: argparse.Namespace) -> int:
    root = data_dir(args.data)
    from .releases import served_dir, verify
    from .validate import check_schema, validate, validate_parquet

    if (root / "curated").is_dir():
        checked, problems = root / "curated", validate(root / "curated", root / "corpus")
        served = served_dir(root)
        if any(served.glob("*.parquet")):  # and the tables the dashboard serves: each reads, to the model
            problems += check_schema(served)
    else:  # a dataset with no curated CSV, such as synthetic data: check its parquet tables
        checked, problems = root, validate_parquet(root)
    problems = [*problems, *verify(root)]  # and every release's files against its record
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {checked}", file=sys.stderr)
        return 1
    print(f"{checked}: no problems found")
    return 0


def _build(args: argparse.Namespace) -> int:
    from .build import BuildError, build
    from .releases import current_id

    root = data_dir(args.data)
    if current_id(root):
        print(f"{root} is served from releases: run `python -m accountability release`", file=sys.stderr)
        return 1
    try:
        written = build(root)
    except BuildError as error:
        for problem in error.problems:
            print(problem)
        print(f"Nothing written: {error}. Fix them and build again.", file=sys.stderr)
        return 1
    for path in written:
        print(f"wrote {Path(path).name}")
    return 0


def register_core(sub: argparse._SubParsersAction) -> None:
    validate = sub.add_parser(
        "validate",
        help="check the curated CSV and corpus (or, where there is no curated CSV, the parquet tables); "
        "one line per problem",
    )
    add_data_option(validate)
    validate.set_defaults(run=_validate)
    build = sub.add_parser("build", help="validate, then write data/<table>.parquet atomically")
    add_data_option(build)
    build.set_defaults(run=_build)


# The article ingest registers its own subcommands; its modules load only when one is run.
from .coverage import register_coverage  # noqa: E402
from .fragments import register_merge  # noqa: E402
from .release_command import register_release  # noqa: E402

REGISTRY = [
    register_core,
    register_ingest,
    register_review,
    register_ingest_eval,
    register_coverage,
    register_merge,
    register_release,
]
