"""Checks of the curated data, one message per problem: file, row, column, what is wrong."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from . import corpus
from .curated import csv_path, read_rows
from .dates import parse_partial, precision_of
from .schema import CITED_TABLES, LIST_SEPARATOR, PRIMARY_KEYS, TABLES, Column

FIRST_DATA_LINE = 2  # line 1 of a CSV file is its header


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    row: int  # the line in the file; 0 for the file as a whole
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}: {self.column}: {self.message}"


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


def _check_value(column: Column, value: str, row: dict[str, str]) -> str | None:
    if value == "":
        return "is required" if column.required else None
    if column.allowed and value not in column.allowed:
        return f"'{value}' is not one of: {', '.join(column.allowed)}"
    if column.type == "int" and not value.lstrip("-").isdigit():
        return f"'{value}' is not a whole number"
    if column.type == "float":
        try:
            float(value)
        except ValueError:
            return f"'{value}' is not a number"
    if column.type == "date":
        precision = row.get(f"{column.name}_precision", "")
        if not precision:
            return f"date '{value}' has no {column.name}_precision"
        written = precision_of(value)
        if written is None:
            return f"'{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"
        if written != precision:
            return f"'{value}' is written at {written} precision but {column.name}_precision is {precision}"
        try:
            parse_partial(value, precision)
        except ValueError:
            return f"'{value}' is not a calendar date"
    if column.precision_of and row.get(column.precision_of, "") == "":
        return f"precision given but {column.precision_of} is empty"
    return None


def check_rows(tables: Tables) -> list[Problem]:
    """Types, allowed values, unique keys and references, row by row."""
    problems: list[Problem] = []
    keys = {
        table: {row.get(PRIMARY_KEYS[table], "") for row in rows}
        for table, rows in tables.items()
        if table in PRIMARY_KEYS
    }
    for table, rows in tables.items():
        name = f"{table}.csv"
        seen: set[str] = set()
        key_column = PRIMARY_KEYS.get(table)
        for line, row in enumerate(rows, start=FIRST_DATA_LINE):
            for column in TABLES[table]:
                value = row.get(column.name, "")
                message = _check_value(column, value, row)
                if message:
                    problems.append(Problem(name, line, column.name, message))
                    continue
                if column.references and value:
                    ref_table, _ = column.references.split(".")
                    items = value.split(LIST_SEPARATOR) if column.type == "list" else [value]
                    for item in (i.strip() for i in items):
                        if item not in keys.get(ref_table, set()):
                            problems.append(
                                Problem(name, line, column.name, f"'{item}' is not in {ref_table}.csv")
                            )
            if key_column:
                key = row.get(key_column, "")
                if key and key in seen:
                    problems.append(Problem(name, line, key_column, f"'{key}' is used by an earlier row"))
                seen.add(key)
    return problems


def check_citations(tables: Tables, corpus_dir: Path) -> list[Problem]:
    """Every cited record exists and has a citation; corpus quotes are verbatim."""
    problems: list[Problem] = []
    sources = {row["source_id"]: row for row in tables.get("sources", []) if row.get("source_id")}
    bodies: dict[str, str | None] = {}
    for line, source in enumerate(tables.get("sources", []), start=FIRST_DATA_LINE):
        if source.get("kind") != "corpus":
            continue
        path = corpus.path_for(corpus_dir, source.get("source_id", ""))
        if path.exists():
            bodies[source["source_id"]] = corpus.read(path).body
        else:
            bodies[source["source_id"]] = None
            problems.append(Problem("sources.csv", line, "source_id", f"corpus file {path.name} is missing"))

    cited: dict[str, set[str]] = defaultdict(set)
    record_ids = {
        table: {row.get(PRIMARY_KEYS[table], "") for row in tables.get(table, [])}
        for table in CITED_TABLES
    }
    for line, citation in enumerate(tables.get("citations", []), start=FIRST_DATA_LINE):
        table, record = citation.get("record_table", ""), citation.get("record_id", "")
        if table in record_ids and record and record not in record_ids[table]:
            problems.append(
                Problem("citations.csv", line, "record_id", f"'{record}' is not in {table}.csv")
            )
        cited[table].add(record)
        source = sources.get(citation.get("source_id", ""))
        if source is None or source.get("kind") != "corpus":
            continue
        quote = citation.get("quote", "")
        body = bodies.get(source["source_id"])
        if not quote:
            problems.append(Problem("citations.csv", line, "quote", "a corpus citation needs a quote"))
        elif body is not None and quote not in body:
            problems.append(
                Problem(
                    "citations.csv",
                    line,
                    "quote",
                    f"quote is not verbatim in {source['source_id']}: '{quote[:60]}'",
                )
            )
    for table in CITED_TABLES:
        key = PRIMARY_KEYS[table]
        for line, row in enumerate(tables.get(table, []), start=FIRST_DATA_LINE):
            if row.get(key) and row[key] not in cited[table]:
                problems.append(Problem(f"{table}.csv", line, key, f"'{row[key]}' has no citation"))
    return problems


def validate(curated_dir: Path, corpus_dir: Path) -> list[Problem]:
    """All problems in the curated data, sorted by file and row."""
    tables, problems = load(curated_dir)
    problems += check_rows(tables)
    problems += check_citations(tables, corpus_dir)
    return sorted(problems)
