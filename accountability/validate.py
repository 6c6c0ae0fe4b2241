"""Checks of a dataset, one message per problem: file, row, column, what is wrong.

A dataset is curated CSV with its corpus, or a directory of parquet tables only (synthetic data
has no CSV). A reader brings either into DuckDB as the model's typed tables, each row with its
place in its file as `_row` (for CSV its line, the header being line 1; for parquet 1 is the first
row), and reports what only it can see: a missing file or column, a cell that is not of its
column's type, a date written at another precision than it says, a missing corpus document. Then
the same rules (rules.py) run on both, as DuckDB queries, so millions of rows take seconds. On
parquet each rule names a few rows and then says how many more there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from . import corpus, db
from .curated import csv_path, read_rows, typed
from .rules import CITATION_RULES, ROW_RULES, Rule
from .schema import TABLES, arrow_schema

FIRST_DATA_LINE = 2  # line 1 of a CSV file is its header
SHOWN = 5  # rows a rule names on parquet; the rest are counted


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    row: int  # the line in the file (CSV) or the row (parquet, from 1); 0 for the file as a whole
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}: {self.column}: {self.message}"


def check(
    con: duckdb.DuckDBPyConnection,
    rules: list[Rule],
    suffix: str,
    shown: int | None = None,
    unread: frozenset[tuple[str, int, str]] = frozenset(),
) -> list[Problem]:
    """The rows that break each rule, as problems in files named <table><suffix>.

    `shown` limits the rows named per rule; `unread` holds (table, row, column) cells that the
    reader could not read (and has reported): rules that read them skip their row.
    """
    problems = []
    for rule in rules:
        sql = f"SELECT *, count(*) OVER () FROM ({rule.sql}) ORDER BY 1 LIMIT $shown_rows"  # noqa: S608
        rows = con.execute(sql, {**rule.params, "shown_rows": shown}).fetchall()
        name = f"{rule.table}{suffix}"
        for row, value, _ in rows:
            if not any((rule.table, row, column) in unread for column in rule.reads):
                problems.append(
                    Problem(name, row, rule.column, rule.message.format(value=value, suffix=suffix))
                )
        if shown and rows and rows[0][2] > shown:
            problems.append(Problem(name, 0, rule.column, f"and {rows[0][2] - shown:,} more rows like these"))
    return problems


# --- curated CSV ------------------------------------------------------------------------------

Tables = dict[str, list[dict[str, str]]]


def load(curated_dir: Path) -> tuple[Tables, list[Problem]]:
    """Every curated table that can be read, and a problem for each that cannot."""
    tables: Tables = {}
    problems: list[Problem] = []
    for table, columns in TABLES.items():
        path = csv_path(curated_dir, table)
        name = f"{table}.csv"
        if not path.exists():
            problems.append(Problem(name, 0, "-", "file is missing"))
            tables[table] = []
            continue
        try:
            header, rows = read_rows(path)
        except (UnicodeDecodeError, OSError) as error:
            problems.append(Problem(name, 0, "-", f"file cannot be read: {error}"))
            tables[table] = []
            continue
        expected = [c.name for c in columns]
        for missing in [c for c in expected if c not in header]:
            problems.append(Problem(name, 1, missing, "column is missing from the header"))
        for extra in [c for c in header if c not in expected]:
            problems.append(Problem(name, 1, extra, "column is not part of the data model"))
        tables[table] = rows
    return tables, problems


@dataclass
class Reading:
    """What a reader could not read: problems for the cells, and the cells themselves."""

    cells: list[Problem] = field(default_factory=list)
    documents: list[Problem] = field(default_factory=list)
    unread: set[tuple[str, int, str]] = field(default_factory=set)


def _texts(rows: list[dict[str, str]], corpus_dir: Path | None, reading: Reading) -> list[str | None]:
    """Each source's corpus document, or None (a reference source; a missing document, reported)."""
    texts = []
    for line, source in enumerate(rows, start=FIRST_DATA_LINE):
        path = corpus.path_for(corpus_dir, source.get("source_id", "")) if corpus_dir else None
        if path is None or source.get("kind") != "corpus":
            texts.append(None)
        elif path.exists():
            texts.append(corpus.read(path).body)
        else:
            texts.append(None)
            reading.documents.append(
                Problem("sources.csv", line, "source_id", f"corpus file {path.name} is missing")
            )
            reading.unread.add(("sources", line, "text"))
    return texts


def register_curated(con: duckdb.DuckDBPyConnection, tables: Tables, corpus_dir: Path | None) -> Reading:
    """Each curated table into `con`, typed as its parquet file would be, with its lines as _row."""
    reading = Reading()
    for table, rows in tables.items():
        lines = list(range(FIRST_DATA_LINE, FIRST_DATA_LINE + len(rows)))
        values: dict[str, list] = {}
        for column in TABLES[table]:
            values[column.name] = []
            for line, row in zip(lines, rows, strict=True):
                precision = row.get(f"{column.name}_precision", "") if column.type == "date" else ""
                try:
                    value = typed(row.get(column.name, ""), column, precision)
                except ValueError as error:
                    reading.cells.append(Problem(f"{table}.csv", line, column.name, str(error)))
                    reading.unread.add((table, line, column.name))
                    value = None
                values[column.name].append(value)
        if table == "sources":
            values["text"] = _texts(rows, corpus_dir, reading)
        schema = arrow_schema(table).append(pa.field("_row", pa.int64()))
        con.register(table, pa.Table.from_pydict({**values, "_row": lines}, schema=schema))
    return reading


def check_curated(
    tables: Tables, corpus_dir: Path | None, rows: bool = True, citations: bool = True
) -> list[Problem]:
    """The problems of curated tables: their rows (types, values, keys, references), their citations
    (with the corpus documents in corpus_dir), or both."""
    with duckdb.connect(":memory:") as con:
        reading = register_curated(con, tables, corpus_dir if citations else None)
        unread = frozenset(reading.unread)
        problems = []
        if rows:
            problems += reading.cells + check(con, ROW_RULES, ".csv", unread=unread)
        if citations:
            problems += reading.documents + check(con, CITATION_RULES, ".csv", unread=unread)
    return problems


def check_rows(tables: Tables) -> list[Problem]:
    """Types, allowed values, dates and precisions, unique keys and references, row by row."""
    return check_curated(tables, None, citations=False)


def check_citations(tables: Tables, corpus_dir: Path) -> list[Problem]:
    """Every cited record exists and has a citation; corpus quotes are verbatim."""
    return check_curated(tables, corpus_dir, rows=False)


def validate(curated_dir: Path, corpus_dir: Path) -> list[Problem]:
    """All problems in the curated data, sorted by file and row."""
    tables, problems = load(curated_dir)
    return sorted(problems + check_curated(tables, corpus_dir))


# --- parquet ----------------------------------------------------------------------------------


def unreadable(path: Path) -> str | None:
    """Why a parquet file cannot be read to its end, in one line; None when every row group reads.

    One row group at a time, so that a file of millions of rows never sits in memory whole.
    """
    try:
        with pq.ParquetFile(path) as parquet:
            for group in range(parquet.num_row_groups):
                parquet.read_row_group(group)
    except (pa.ArrowException, OSError, ValueError) as error:
        first_line = (str(error).splitlines() or [type(error).__name__])[0]
        return f"file cannot be read ({first_line}). {db.remedy(path.parent)}"
    return None


def check_schema(data_dir: Path) -> list[Problem]:
    """Every table file is there, reads to its end, and has the model's columns and types."""
    problems = []
    for table in TABLES:
        name, path = f"{table}.parquet", data_dir / f"{table}.parquet"
        if not path.is_file():
            problems.append(Problem(name, 0, "-", "file is missing"))
            continue
        reason = unreadable(path)
        if reason:
            problems.append(Problem(name, 0, "-", reason))
            continue
        found = {f.name: f.type for f in pq.read_schema(path)}
        expected = arrow_schema(table)
        for field_ in expected:
            if field_.name not in found:
                problems.append(Problem(name, 0, field_.name, "column is missing"))
            elif found[field_.name] != field_.type:
                problems.append(
                    Problem(
                        name, 0, field_.name, f"has type {found[field_.name]}, the model says {field_.type}"
                    )
                )
        for extra in sorted(set(found) - set(expected.names)):
            problems.append(Problem(name, 0, extra, "column is not part of the data model"))
    return problems


def validate_parquet(data_dir: Path) -> list[Problem]:
    """All problems in the parquet tables of data_dir, sorted by file and row."""
    problems = check_schema(data_dir)
    if problems:  # the rules read the model's columns
        return sorted(problems)
    con = db.connect(data_dir, row_numbers=True)
    try:
        problems = check(con, ROW_RULES + CITATION_RULES, ".parquet", shown=SHOWN)
    finally:
        con.close()
    return sorted(problems)
