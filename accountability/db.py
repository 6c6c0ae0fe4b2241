"""The DuckDB connection over data/*.parquet, locked to the data directory, and named queries.

Each query lives in queries/<name>.sql with a header comment:

    -- <name>: what it returns
    -- params: $a, $b            (every $parameter it binds; "-- params: none" for none)
    -- columns: x, y, z          (the columns of its result, in order)

queries/macros/*.sql define the macros every connection has (partial dates, shared filters).
Values reach SQL only as bound parameters; table names come from the fixed data model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from .config import QUERIES_DIR, served_dir
from .schema import TABLES


class MissingData(Exception):
    """Some parquet files are not there: the data has not been built."""

    def __init__(self, data_dir: Path, missing: list[str]):
        self.missing = missing
        super().__init__(
            f"The data in {data_dir} is incomplete: {', '.join(missing)} "
            "missing. Run `python -m accountability build` to create it."
        )


@dataclass(frozen=True)
class Query:
    name: str
    sql: str
    params: tuple[str, ...]
    columns: tuple[str, ...]
    description: str


_HEADER = re.compile(r"^--\s*(\w+)\s*:\s*(.*)$")


def parse_query(name: str, sql: str) -> Query:
    """Read a query file's header comment: its description, $params and output columns."""
    fields: dict[str, str] = {}
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        match = _HEADER.match(line)
        if match:
            fields[match.group(1)] = match.group(2).strip()
    params = fields.get("params", "")
    columns = fields.get("columns", "")
    return Query(
        name=name,
        sql=sql,
        params=tuple(p.strip().lstrip("$") for p in params.split(",") if p.strip() and p != "none"),
        columns=tuple(c.strip() for c in columns.split(",") if c.strip()),
        description=fields.get(name, ""),
    )


@cache
def queries(queries_dir: Path = QUERIES_DIR) -> dict[str, Query]:
    files = sorted(queries_dir.glob("*.sql"))
    return {p.stem: parse_query(p.stem, p.read_text(encoding="utf-8")) for p in files}


def connect(data_dir: Path, row_numbers: bool = False) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with one view per table, that can read nothing but data_dir.

    Where data_dir holds releases, the views read the current release's files and nothing else.

    With row_numbers, each view also has a row's place in its file, counted from 1, as `_row`.
    """
    data_dir = served_dir(Path(data_dir).resolve())  # a release's directory where there are releases
    missing = [f"{t}.parquet" for t in TABLES if not (data_dir / f"{t}.parquet").is_file()]
    if missing:
        raise MissingData(data_dir, missing)
    con = duckdb.connect(":memory:", config={"threads": 2})
    # A view's body cannot take bound parameters: the path is quoted here, and names come from TABLES.
    for table in TABLES:
        path = str(data_dir / f"{table}.parquet").replace("'", "''")
        source = f"read_parquet('{path}'" + (", file_row_number = true)" if row_numbers else ")")
        columns = "* EXCLUDE (file_row_number), file_row_number + 1 AS _row" if row_numbers else "*"
        con.execute(f"CREATE VIEW {table} AS SELECT {columns} FROM {source}")  # noqa: S608 (fixed names)
    for macros in sorted((QUERIES_DIR / "macros").glob("*.sql")):  # dates.sql first: filters use it
        con.execute(macros.read_text(encoding="utf-8"))
    con.execute("SET allowed_directories = $dirs", {"dirs": [str(data_dir).rstrip("/") + "/"]})
    con.execute("SET enable_external_access=false")
    con.execute("SET lock_configuration=true")
    return con


def run(con: duckdb.DuckDBPyConnection, name: str, **params) -> pd.DataFrame:
    """Run a named query of queries/ on its own cursor with exactly the parameters it declares."""
    return run_query(con, queries()[name], **params)


def run_query(con: duckdb.DuckDBPyConnection, query: Query, **params) -> pd.DataFrame:
    """Run a query read by parse_query, from whichever folder, as `run` does."""
    if set(params) != set(query.params):
        raise TypeError(f"query {query.name} takes {sorted(query.params)}, was given {sorted(params)}")
    with con.cursor() as cur:
        return cur.execute(query.sql, params).df()
