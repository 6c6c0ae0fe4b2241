"""The DuckDB connection over data/*.parquet, locked to its files, and named queries.

Each query lives in queries/<name>.sql with a header comment:

    -- <name>: what it returns
    -- params: $a, $b            (every $parameter it binds; "-- params: none" for none)
    -- columns: x, y, z          (the columns of its result, in order)

queries/macros/*.sql define the macros every connection has (partial dates, shared filters, figure
groups, sources lines); queries/digest_macros/*.sql those that read the digests.
Values reach SQL only as bound parameters; table names come from the fixed data model.

The serving connection can read its eight table files and nothing else, and it cannot write:
DuckDB may open exactly those paths (no other file, so no new one), and the connection runs
nothing but SELECT statements (a COPY onto one of those paths is refused before DuckDB sees it).
A table file that cannot be read does not stop the others: its view is empty, with the model's
columns, and `damaged` says which file and what to do.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from .config import DIGESTS, QUERIES_DIR, served_dir
from .schema import TABLES, arrow_schema, model_name


class MissingData(Exception):
    """Some parquet files are not there: the data has not been built."""

    def __init__(self, data_dir: Path, missing: list[str]):
        self.missing = missing
        super().__init__(
            f"The data in {data_dir} is incomplete: {', '.join(missing)} "
            "missing. Run `python -m accountability build` to create it."
        )


class DamagedData(Exception):
    """A table file is there but cannot be read: cut short, overwritten, or not of the data model."""

    def __init__(self, problems: Mapping[str, str]):
        self.problems = dict(problems)  # file name -> what is wrong with it and what to do
        super().__init__(" ".join(self.problems.values()))


def remedy(data_dir: Path) -> str:
    """The command that writes a directory's table files again: a fresh release, or a build."""
    if Path(data_dir).parent.name == "releases":
        return "Run `python -m accountability release` to cut a fresh release."
    return "Run `python -m accountability build` to write it again."


def damage_message(data_dir: Path, file: str, reason: str) -> str:
    """Which file is damaged, why, and the command that writes it again, in plain words."""
    reason = reason.replace(f"{data_dir}/", "").rstrip(".")  # the directory is named once
    return f"The data file {file} in {data_dir} is damaged and cannot be read ({reason}). {remedy(data_dir)}"


class ReadOnlyError(duckdb.PermissionException):
    """A statement other than SELECT was sent to the serving connection."""


@dataclass(frozen=True)
class Query:
    name: str
    sql: str
    params: tuple[str, ...]
    columns: tuple[str, ...]
    description: str


_NAME = re.compile(r"[a-z][a-z0-9_]*")
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


def _reason(error: Exception) -> str:
    """The first line of a DuckDB error, without the SQL it quotes."""
    return str(error).splitlines()[0].removeprefix("Invalid Input Error: ").strip()


def _table_problem(con: duckdb.DuckDBPyConnection, table: str, path: Path) -> str | None:
    """Why a table file cannot serve as the model's table, or None when it can."""
    try:
        described = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()
        found = {row[0] for row in described}
    except duckdb.Error as error:
        return _reason(error)
    missing = [name for name in arrow_schema(table).names if name not in found]
    return f"it lacks the column{'s' if len(missing) > 1 else ''} {', '.join(missing)}" if missing else None


def _stand_in(table: str, row_numbers: bool) -> pa.Table:
    """No rows, with the model's columns: what a table whose file cannot be read shows."""
    schema = arrow_schema(table)
    if row_numbers:
        schema = schema.append(pa.field("_row", pa.int64()))
    return schema.empty_table()


class Connection:
    """The serving connection: read-only named queries over the tables of one data directory."""

    def __init__(
        self, con: duckdb.DuckDBPyConnection, data_dir: Path, damaged: Mapping[str, str],
        digest_files: list[Path] | None = None,
    ):
        self._con = con
        self.data_dir = data_dir
        self.damaged = dict(damaged)  # file name -> message naming it and the fix
        # the digests read from their files (the others are computed on use)
        self.digest_files = list(digest_files or [])

    def cursor(self) -> Cursor:
        return Cursor(self._con.cursor())

    def execute(self, sql: str, params: object = None):
        return Cursor(self._con).execute(sql, params)

    def close(self) -> None:
        self._con.close()


class Cursor:
    """A cursor that runs SELECT statements only: nothing it runs can write a file."""

    def __init__(self, cur: duckdb.DuckDBPyConnection):
        self._cur = cur

    def execute(self, sql: str, params: object = None) -> duckdb.DuckDBPyConnection:
        statements = self._cur.extract_statements(sql)
        if any(s.type != duckdb.StatementType.SELECT for s in statements):
            raise ReadOnlyError("The data connection is read-only: it runs SELECT statements only.")
        return self._cur.execute(sql, params)

    def __enter__(self) -> Cursor:
        return self

    def __exit__(self, *exc) -> None:
        self._cur.close()

    def close(self) -> None:
        self._cur.close()


def open_tables(
    data_dir: Path, row_numbers: bool = False
) -> tuple[duckdb.DuckDBPyConnection, dict[str, str]]:
    """An in-memory DuckDB with one view per table file of data_dir and the shared macros, not yet
    locked; and the files that cannot be read (their views are empty, with the model's columns)."""
    missing = [f"{t}.parquet" for t in TABLES if not (data_dir / f"{t}.parquet").is_file()]
    if missing:
        raise MissingData(data_dir, missing)
    con = duckdb.connect(":memory:", config={"threads": 2})
    # The files of a release never change in place (a digest is replaced by a rename), so each
    # file's footer is read once per connection, not on every query.
    con.execute("SET parquet_metadata_cache = true")
    damaged: dict[str, str] = {}
    # Views are made through DuckDB's relation API: no statement is written with a path or a name
    # in it, and table names pass the data model's allow-list.
    for table in map(model_name, TABLES):
        path = data_dir / f"{table}.parquet"
        problem = _table_problem(con, table, path)
        if problem:
            damaged[f"{table}.parquet"] = damage_message(data_dir, f"{table}.parquet", problem)
            con.from_arrow(_stand_in(table, row_numbers)).create(table)
            continue
        rows = con.read_parquet(str(path), file_row_number=row_numbers)
        if row_numbers:
            rows = rows.project("* EXCLUDE (file_row_number), file_row_number + 1 AS _row")
        rows.create_view(table)
    for macros in _macro_texts("macros"):  # dates.sql first: filters use it
        con.execute(macros)
    return con, damaged


def _digest_views(con: duckdb.DuckDBPyConnection, data_dir: Path) -> list[Path]:
    """A view per digest: its file where it is there, holds the digest's columns and was computed from
    these very table files, else the digest's own query over the tables (the same rows, computed on
    use: data written before its digests, a digest file damaged or left from other tables, still
    serves right). Returns the files the views read."""
    files = []
    tables = tables_fingerprint(data_dir)
    for name, query in queries(QUERIES_DIR / DIGESTS).items():
        if not _NAME.fullmatch(name):  # a file name of queries/digests becomes a view's name
            raise ValueError(f"queries/{DIGESTS}/{name}.sql: a digest's name is lower-case letters and _")
        path = data_dir / DIGESTS / f"{name}.parquet"
        readable = path.is_file() and _columns(con, path) == list(query.columns)
        readable = readable and _derived_from(con, path) == digest_fingerprint(tables, query)
        if readable:
            files.append(path)
        (con.read_parquet(str(path)) if readable else con.sql(query.sql)).create_view(name)
    for macros in _macro_texts("digest_macros"):
        con.execute(macros)
    return files


def tables_fingerprint(data_dir: Path) -> str:
    """What identifies the table files of data_dir, read from their sizes and footers (which hold
    every row group's size and value ranges), without reading the rows."""
    digest = hashlib.sha256()
    for table in TABLES:
        with open(data_dir / f"{table}.parquet", "rb") as file:
            size = file.seek(0, os.SEEK_END)
            file.seek(max(0, size - 8))
            footer_size = int.from_bytes(file.read(8)[:4], "little")
            file.seek(max(0, size - 8 - footer_size))
            digest.update(f"{table}:{size}:".encode() + file.read(footer_size + 8))
    return digest.hexdigest()


def digest_fingerprint(tables: str, query: Query) -> str:
    """What a digest file is computed from: the table files (their fingerprint), the shared macros
    (a digest's query calls them) and the digest's query. A digest's query cannot call the macros of
    queries/digest_macros: they are made after the digests' views, which they read."""
    macros = "\n".join(_macro_texts("macros"))
    return hashlib.sha256(f"{tables}\n{macros}\n{query.sql}".encode()).hexdigest()


@cache
def _macro_texts(folder: str) -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted((QUERIES_DIR / folder).glob("*.sql")))


# A digest file's metadata key: the fingerprint of what it was computed from.
FINGERPRINT_KEY = "derived_from"


def _derived_from(con: duckdb.DuckDBPyConnection, path: Path) -> str | None:
    try:
        sql = "SELECT value FROM parquet_kv_metadata(?) WHERE key = ?"
        found = con.execute(sql, [str(path), FINGERPRINT_KEY]).fetchall()
    except duckdb.Error:
        return None
    return bytes(found[0][0]).decode() if found else None


def _columns(con: duckdb.DuckDBPyConnection, path: Path) -> list[str] | None:
    try:
        described = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()
        return [row[0] for row in described]
    except duckdb.Error:
        return None


def connect(data_dir: Path, row_numbers: bool = False) -> Connection:
    """An in-memory DuckDB with one view per table and per digest, that can read those files and
    nothing else.

    Where data_dir holds releases, the views read the current release's files and nothing else.
    A file that cannot be read (cut short, not parquet, lacking a column) gets an empty view of
    the model's columns and an entry in `damaged`; a missing file stops here with MissingData.

    With row_numbers, each table's view also has a row's place in its file, counted from 1, as `_row`.
    """
    data_dir = served_dir(Path(data_dir).resolve())  # a release's directory where there are releases
    con, damaged = open_tables(data_dir, row_numbers)
    digests = _digest_views(con, data_dir)
    # Exactly the table and digest files: no other file can be read, and no new file created beside them.
    files = [str(data_dir / f"{table}.parquet") for table in TABLES] + [str(path) for path in digests]
    con.execute("SET allowed_paths = $files", {"files": files})
    con.execute("SET enable_external_access=false")
    con.execute("SET lock_configuration=true")
    return Connection(con, data_dir, damaged, digests)


def run(con: Connection, name: str, **params) -> pd.DataFrame:
    """Run a named query of queries/ on its own cursor with exactly the parameters it declares."""
    return run_query(con, queries()[name], **params)


def run_query(con: Connection, query: Query, **params) -> pd.DataFrame:
    """Run a query read by parse_query, from whichever folder, as `run` does.

    A table file that fails while it is read (damaged inside, past its footer) raises DamagedData.
    """
    if set(params) != set(query.params):
        raise TypeError(
            f"query {query.name} takes {sorted(query.params)}, was given {sorted(params)}"
        )
    try:
        with con.cursor() as cur:
            return cur.execute(query.sql, params).df()
    except duckdb.Error as error:
        files = [f"{t}.parquet" for t in TABLES if f"/{t}.parquet" in str(error)]
        if not files:
            raise
        raise DamagedData({f: damage_message(con.data_dir, f, _reason(error)) for f in files}) from None


@cache
def tables_read(name: str) -> frozenset[str]:
    """The tables a named query reads, through the macros it calls too (a word match: it may name more)."""
    return _tables_in(queries()[name].sql)


@cache
def _macro_tables() -> dict[str, frozenset[str]]:
    """Each table macro's and digest's name -> the tables its body names (macros calling macros included)."""
    folders = (QUERIES_DIR / "macros", QUERIES_DIR / "digest_macros")
    files = [path for folder in folders for path in sorted(folder.glob("*.sql"))]
    text = _code("\n".join(p.read_text(encoding="utf-8") for p in files))
    parts = [part.split("(", 1) for part in text.split("CREATE MACRO ")[1:]]
    bodies = {name.strip(): body for name, body in parts}
    bodies |= {name: _code(query.sql) for name, query in queries(QUERIES_DIR / DIGESTS).items()}
    words = {name: set(re.findall(r"\w+", body)) for name, body in bodies.items()}

    def reads(name: str, seen: frozenset[str]) -> frozenset[str]:
        others = (words[name] & set(bodies)) - seen - {name}
        return frozenset(words[name] & set(TABLES)).union(*(reads(o, seen | {name}) for o in others))

    return {name: reads(name, frozenset()) for name in bodies}


def _code(sql: str) -> str:
    """SQL without its comments, whose words name no table that is read."""
    return re.sub(r"--[^\n]*", "", sql)


def _tables_in(sql: str) -> frozenset[str]:
    words = set(re.findall(r"\w+", _code(sql)))
    macros = _macro_tables()
    return frozenset(words & set(TABLES)).union(*(macros[m] for m in words & set(macros)))
