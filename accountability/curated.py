"""Reading and writing the curated CSV files, the source of truth for every table."""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

from .dates import parse_partial, precision_of
from .schema import LIST_SEPARATOR, PRIMARY_KEYS, TABLES, Column


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


def typed(value: str, column: Column, precision: str = ""):
    """A cell's text as the model's value (None or [] when empty); ValueError says what is wrong.

    A date is read at the precision it is written at, which must be its *_precision column's
    (`precision`) when that is given.
    """
    if value == "":
        return [] if column.type == "list" else None
    if column.type == "int":
        if not value.lstrip("-").isdigit():
            raise ValueError(f"'{value}' is not a whole number")
        return int(value)
    if column.type == "float":
        try:
            return float(value)
        except ValueError:
            raise ValueError(f"'{value}' is not a number") from None
    if column.type == "date":
        written = precision_of(value)
        if written is None:
            raise ValueError(f"'{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        if precision and written != precision:
            raise ValueError(
                f"'{value}' is written at {written} precision but {column.name}_precision is {precision}"
            )
        try:
            return parse_partial(value, written)
        except ValueError:
            raise ValueError(f"'{value}' is not a calendar date") from None
    if column.type == "list":
        return [item.strip() for item in value.split(LIST_SEPARATOR) if item.strip()]
    return value
