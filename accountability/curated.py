"""Reading and writing the curated CSV files, the source of truth for every table."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from .schema import PRIMARY_KEYS, TABLES


def csv_path(curated_dir: Path, table: str) -> Path:
    return curated_dir / f"{table}.csv"


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of one CSV file; every value a string, missing cells empty."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        rows = [{key: (value or "") for key, value in row.items() if key is not None} for row in reader]
    return header, rows


def write_rows(path: Path, table: str, rows: list[dict[str, str]]) -> None:
    """Write a table's rows sorted by key, atomically: a temporary file, then a rename."""
    columns = [column.name for column in TABLES[table]]
    key = PRIMARY_KEYS.get(table)
    ordered = sorted(
        rows,
        key=(lambda r: r[key]) if key else (lambda r: (r["record_table"], r["record_id"], r["source_id"])),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for row in ordered:
                writer.writerow({c: row.get(c, "") for c in columns})
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
