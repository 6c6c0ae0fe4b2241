"""Curated CSV and corpus -> data/<table>.parquet, deterministic and atomic.

The build refuses to write anything while validation reports a problem, and writes every
file to a temporary directory first, so a failed build leaves the old parquet in place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import corpus, digests
from .curated import typed
from .schema import ARROW_TYPES, PRIMARY_KEYS, TABLES, arrow_schema, in_file_order
from .validate import Problem, load, validate


class BuildError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the curated data")


def arrow_table(table: str, rows: list[dict[str, str]], corpus_dir: Path) -> pa.Table:
    """One table with the model's types, rows in the order of its file."""
    columns = TABLES[table]
    if "status" in {c.name for c in columns}:
        rows = [r for r in rows if r.get("status") != "rejected"]
    schema = arrow_schema(table)
    arrays = []
    for column in columns:
        precision_column = f"{column.name}_precision"
        values = [typed(row.get(column.name, ""), column, row.get(precision_column, "")) for row in rows]
        arrays.append(pa.array(values, type=ARROW_TYPES[column.type]))
    if table == "sources":
        texts = [
            corpus.read(corpus.path_for(corpus_dir, r["source_id"])).body if r["kind"] == "corpus" else None
            for r in rows
        ]
        arrays.append(pa.array(texts, type=pa.string()))
    return in_file_order(table, pa.Table.from_arrays(arrays, schema=schema))


def build_tables(curated_dir: Path, corpus_dir: Path) -> dict[str, pa.Table]:
    problems = validate(curated_dir, corpus_dir)
    if problems:
        raise BuildError(problems)
    tables, _ = load(curated_dir)
    return {name: arrow_table(name, rows, corpus_dir) for name, rows in shown(tables).items()}


def shown(tables: dict[str, list[dict[str, str]]]) -> dict[str, list[dict[str, str]]]:
    """The tables without candidates that still wait for a required value (a membership whose
    coalition is left for review), nor their citations: the dashboard cannot place them."""
    out = dict(tables)
    waiting: set[tuple[str, str]] = set()
    for table, columns in TABLES.items():
        pending = [c.name for c in columns if c.optional_for]
        if not pending:
            continue
        key = PRIMARY_KEYS[table]
        out[table] = []
        for row in tables.get(table, []):
            if all(row.get(name) for name in pending):
                out[table].append(row)
            else:
                waiting.add((table, row[key]))
    out["citations"] = [
        c for c in tables.get("citations", []) if (c["record_table"], c["record_id"]) not in waiting
    ]
    return out


@contextmanager
def staged(out_dir: Path) -> Iterator[Path]:
    """A temporary directory inside out_dir; files written there move into out_dir only on success."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=out_dir, prefix=".build-"))
    try:
        yield staging
        for path in sorted(staging.iterdir()):
            # a folder cannot replace a folder in one step: the old one is moved aside first
            if path.is_dir() and (out_dir / path.name).is_dir():
                os.rename(out_dir / path.name, staging / f"old-{path.name}")
            os.replace(path, out_dir / path.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def write_parquet(tables: dict[str, pa.Table], out_dir: Path) -> list[Path]:
    """Write every table and its digests to a temporary directory, then move each file into place."""
    with staged(out_dir) as staging:
        for name, table in tables.items():
            pq.write_table(table, staging / f"{name}.parquet", compression="zstd")
        digests.write(staging)
    return [out_dir / f"{name}.parquet" for name in tables]


def build(data_dir: Path) -> list[Path]:
    """Validate data_dir/curated and data_dir/corpus, then write data_dir/*.parquet."""
    tables = build_tables(data_dir / "curated", data_dir / "corpus")
    return write_parquet(tables, data_dir)
