"""Checks of a dataset that exists only as parquet (synthetic data has no curated CSV).

The rules of validate.py, run as DuckDB queries so that millions of rows take seconds: the
model's columns and types, required and allowed values, unique keys, references, precisions,
a citation for every record, and corpus quotes verbatim in their source's text. A message names
the file, the row (1 is the first row) and the column; each check names at most a few rows and
then says how many more there are.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from . import db
from .build import arrow_schema
from .schema import CITED_TABLES, PRIMARY_KEYS, TABLES
from .validate import Problem

SHOWN = 5  # rows named per check; the rest are counted


def _report(
    con: duckdb.DuckDBPyConnection,
    table: str,
    column: str,
    where: str,
    message: str,
    params: dict | None = None,
    shown: str | None = None,
) -> list[Problem]:
    """Rows of `table` (as t) matching `where`, as problems.

    `where` and `shown` (what the message names as {value}; the column by default) are SQL over
    the model's fixed names; values reach SQL only as $params.
    """
    if table not in TABLES:
        raise ValueError(f"not a table of the model: {table!r}")
    shown = shown or f't."{column}"'
    sql = (
        f"SELECT file_row_number + 1, ({shown})::VARCHAR, count(*) OVER () "
        f"FROM {table} AS t WHERE {where} ORDER BY 1 LIMIT $shown_rows"
    )
    with con.cursor() as cur:
        rows = cur.execute(sql, {**(params or {}), "shown_rows": SHOWN}).fetchall()
    name = f"{table}.parquet"
    problems = [Problem(name, row, column, message.format(value=value)) for row, value, _ in rows]
    if rows and rows[0][2] > SHOWN:
        problems.append(Problem(name, 0, column, f"and {rows[0][2] - SHOWN:,} more rows like these"))
    return problems


def check_schema(data_dir: Path) -> list[Problem]:
    """Every table file is there with the model's columns and types."""
    problems = []
    for table in TABLES:
        name, path = f"{table}.parquet", data_dir / f"{table}.parquet"
        if not path.is_file():
            problems.append(Problem(name, 0, "-", "file is missing"))
            continue
        found = {f.name: f.type for f in pq.read_schema(path)}
        for field in arrow_schema(table):
            if field.name not in found:
                problems.append(Problem(name, 0, field.name, "column is missing"))
            elif found[field.name] != field.type:
                problems.append(
                    Problem(name, 0, field.name, f"has type {found[field.name]}, the model says {field.type}")
                )
        for extra in sorted(set(found) - {f.name for f in arrow_schema(table)}):
            problems.append(Problem(name, 0, extra, "column is not part of the data model"))
    return problems


def check_columns(con: duckdb.DuckDBPyConnection) -> list[Problem]:
    """Required and allowed values, precisions, unique keys and references, column by column."""
    problems: list[Problem] = []
    for table, columns in TABLES.items():
        for column in columns:
            c = f't."{column.name}"'
            if column.required:
                empty = f"{c} IS NULL" + (f" OR {c} = ''" if column.type == "text" else "")
                problems += _report(con, table, column.name, empty, "is required")
            if column.allowed:
                problems += _report(
                    con,
                    table,
                    column.name,
                    f"NOT list_contains($allowed, {c})",
                    f"'{{value}}' is not one of: {', '.join(column.allowed)}",
                    {"allowed": list(column.allowed)},
                )
            if column.precision_of:
                day = f't."{column.precision_of}"'
                problems += _report(
                    con,
                    table,
                    column.name,
                    f"{c} IS NOT NULL AND {day} IS NULL",
                    f"precision given but {column.precision_of} is empty",
                )
                problems += _report(
                    con,
                    table,
                    column.precision_of,
                    f"{day} IS NOT NULL AND {c} IS NULL",
                    f"date '{{value}}' has no {column.name}",
                )
                problems += _report(
                    con,
                    table,
                    column.precision_of,
                    f"({c} = 'month' AND day({day}) <> 1) OR ({c} = 'year' AND dayofyear({day}) <> 1)",
                    f"'{{value}}' is not the first day of the period that {column.name} names",
                )
            if column.references:
                ref_table, ref_column = column.references.split(".")
                keys = f"(SELECT {ref_column} FROM {ref_table})"
                if column.type == "list":
                    bad = f"EXISTS (SELECT 1 FROM unnest({c}) AS u(item) WHERE item NOT IN {keys})"
                    message = f"'{{value}}' names an id that is not in {ref_table}.parquet"
                else:
                    bad, message = f"{c} NOT IN {keys}", f"'{{value}}' is not in {ref_table}.parquet"
                problems += _report(con, table, column.name, bad, message)
        if table in PRIMARY_KEYS:
            key = PRIMARY_KEYS[table]
            problems += _report(
                con,
                table,
                key,
                f"file_row_number > (SELECT min(file_row_number) FROM {table} AS o WHERE o.{key} = t.{key})",
                "'{value}' is used by an earlier row",
            )
    return problems


def check_citations(con: duckdb.DuckDBPyConnection) -> list[Problem]:
    """Every cited record exists and has a citation; corpus quotes are verbatim in the text."""
    problems: list[Problem] = []
    for table in CITED_TABLES:
        key = PRIMARY_KEYS[table]
        problems += _report(
            con,
            "citations",
            "record_id",
            f"record_table = '{table}' AND record_id NOT IN (SELECT {key} FROM {table})",
            f"'{{value}}' is not in {table}.parquet",
        )
        problems += _report(
            con,
            table,
            key,
            f"{key} NOT IN (SELECT record_id FROM citations WHERE record_table = '{table}')",
            "'{value}' has no citation",
        )
    corpus = "source_id IN (SELECT source_id FROM sources WHERE kind = 'corpus')"
    problems += _report(
        con,
        "sources",
        "text",
        "kind = 'corpus' AND (text IS NULL OR text = '')",
        "a corpus source needs its text",
    )
    problems += _report(
        con,
        "citations",
        "quote",
        f"{corpus} AND (quote IS NULL OR quote = '')",
        "a corpus citation needs a quote",
    )
    text = "(SELECT text FROM sources AS s WHERE s.source_id = t.source_id)"
    problems += _report(
        con,
        "citations",
        "quote",
        f"{corpus} AND quote <> '' AND NOT contains({text}, quote)",
        "quote is not verbatim in {value}'",
        shown="source_id || ': ''' || left(quote, 60)",
    )
    return problems


def validate_parquet(data_dir: Path) -> list[Problem]:
    """All problems in the parquet tables of data_dir, sorted by file and row."""
    problems = check_schema(data_dir)
    if problems:  # the column checks need the model's columns
        return sorted(problems)
    con = db.connect(data_dir, row_numbers=True)
    try:
        problems = check_columns(con) + check_citations(con)
    finally:
        con.close()
    return sorted(problems)
