"""The data model: tables, columns, types and allowed values.

Curated CSV files under data/curated/ follow these columns in this order; build.py turns
them into parquet with the types given here, and rules.py says what every row must satisfy.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

PRECISIONS = ("day", "month", "year")
# at_most is the upper bound of a reported range ("from 40 to 44 states" gives at_least 40, at_most 44).
QUALIFIERS = ("exact", "more_than", "about", "nearly", "at_least", "at_most")
STATUSES = ("accepted", "candidate", "rejected")
SOURCE_KINDS = ("corpus", "reference")
ACTOR_KINDS = (
    "state",
    "international organisation",
    "court or prosecutor",
    "agency",
    "government body",
    "civil society organisation",
    "media",
    "person",
)
COALITION_KINDS = (
    "joint investigation team",
    "declaration",
    "memorandum",
    "core group",
    "register",
    "tribunal",
    "advisory group",
    "referral",
    "prosecution centre",
    "coordination group",
)
EVENT_CATEGORIES = (
    "agreement",
    "accession",
    "meeting or conference",
    "warrant",
    "institution launched",
    "investigation",
    "referral",
    "attack",
    "report",
    "pledge",
    "visit",
    "ratification",
    "statement",
    "withdrawal",
    "judgment",
    "return",
    "entry into force",
)
ROLES = (
    "founding member",
    "member",
    "participant",
    "signatory",
    "partner",
    "referring state",
)
RECORD_TABLES = ("events", "memberships", "statistics", "coalitions")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # text | int | float | date | list
    required: bool = False
    allowed: tuple[str, ...] = ()
    references: str = ""  # "table.column" that a value must exist in
    precision_of: str = ""  # for a *_precision column: the date column it qualifies
    # Statuses whose rows may leave a required value empty: a candidate waits for a reviewer to fill it.
    optional_for: tuple[str, ...] = ()


def _c(name: str, type_: str = "text", **kw) -> Column:
    return Column(name, type_, **kw)


TABLES: dict[str, tuple[Column, ...]] = {
    "sources": (
        _c("source_id", required=True),
        _c("title", required=True),
        _c("outlet"),
        _c("published", "date"),
        _c("published_precision", allowed=PRECISIONS, precision_of="published"),
        _c("url"),
        _c("kind", required=True, allowed=SOURCE_KINDS),
        _c("note"),
    ),
    "actors": (
        _c("actor_id", required=True),
        _c("name", required=True),
        _c("kind", required=True, allowed=ACTOR_KINDS),
        _c("iso3"),
        _c("aliases", "list"),
    ),
    "coalitions": (
        _c("coalition_id", required=True),
        _c("name", required=True),
        _c("short_name", required=True),
        _c("kind", required=True, allowed=COALITION_KINDS),
        _c("established", "date"),
        _c("established_precision", allowed=PRECISIONS, precision_of="established"),
        _c("declared_size", "int"),
        _c("declared_size_unit"),
        _c("note"),
    ),
    "metrics": (
        _c("metric", required=True),
        _c("label", required=True),
        _c("unit", required=True),
        _c("description", required=True),
    ),
    "events": (
        _c("event_id", required=True),
        _c("date", "date", required=True),
        _c("date_precision", required=True, allowed=PRECISIONS, precision_of="date"),
        _c("title", required=True),
        _c("category", required=True, allowed=EVENT_CATEGORIES),
        _c("place"),
        _c("actor_ids", "list", references="actors.actor_id"),
        _c("coalition_id", references="coalitions.coalition_id"),
        _c("note"),
        _c("status", required=True, allowed=STATUSES),
    ),
    "memberships": (
        _c("membership_id", required=True),
        _c("coalition_id", required=True, references="coalitions.coalition_id", optional_for=("candidate",)),
        _c("actor_id", required=True, references="actors.actor_id"),
        _c("role", required=True, allowed=ROLES),
        _c("joined", "date", required=True),
        _c("joined_precision", required=True, allowed=PRECISIONS, precision_of="joined"),
        _c("left", "date"),
        _c("left_precision", allowed=PRECISIONS, precision_of="left"),
        _c("note"),
        _c("status", required=True, allowed=STATUSES),
    ),
    "statistics": (
        _c("stat_id", required=True),
        _c("metric", required=True, references="metrics.metric"),
        _c("value", "float", required=True),
        _c("qualifier", required=True, allowed=QUALIFIERS),
        _c("unit", required=True),
        _c("as_of", "date", required=True),
        _c("as_of_precision", required=True, allowed=PRECISIONS, precision_of="as_of"),
        _c("reported_by", references="actors.actor_id"),
        _c("subject_iso3"),
        _c("coalition_id", references="coalitions.coalition_id"),
        _c("note"),
        _c("status", required=True, allowed=STATUSES),
    ),
    "citations": (
        _c("record_table", required=True, allowed=RECORD_TABLES),
        _c("record_id", required=True),
        _c("source_id", required=True, references="sources.source_id"),
        _c("quote"),
        _c("note"),
    ),
}

PRIMARY_KEYS = {
    "sources": "source_id",
    "actors": "actor_id",
    "coalitions": "coalition_id",
    "metrics": "metric",
    "events": "event_id",
    "memberships": "membership_id",
    "statistics": "stat_id",
}

# The order of a table's rows in its file, where it is not the key's. Lookups by id let DuckDB skip
# the parts of a file whose range of ids holds none of them (citations: by the record they support).
FILE_ORDER = {"citations": ("record_table", "record_id", "source_id")}


def in_file_order(table: str, rows: pa.Table) -> pa.Table:
    """A table's rows in the order its file keeps them (FILE_ORDER, else its key)."""
    columns = FILE_ORDER.get(table) or (PRIMARY_KEYS[table],)
    return rows.sort_by([(column, "ascending") for column in columns])


# Tables whose every row must carry at least one citation.
CITED_TABLES = ("events", "memberships", "statistics", "coalitions")

LIST_SEPARATOR = ";"

ARROW_TYPES = {
    "text": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "date": pa.date32(),
    "list": pa.list_(pa.string()),
}


def arrow_schema(table: str) -> pa.Schema:
    """The parquet schema of a table: the model's columns, and the corpus text for sources."""
    fields = [pa.field(column.name, ARROW_TYPES[column.type]) for column in TABLES[table]]
    if table == "sources":
        fields.append(pa.field("text", pa.string()))
    return pa.schema(fields)


def model_name(name: str) -> str:
    """A table or column name of the data model, to be written into SQL: refused unless it is one.

    SQL cannot bind a name, so every name that reaches a statement passes this allow-list.
    """
    if name not in _MODEL_NAMES:
        raise ValueError(f"{name!r} is not a table or column of the data model")
    return name


_MODEL_NAMES = frozenset(TABLES) | {c.name for columns in TABLES.values() for c in columns} | {"_row", "text"}
