"""What every dataset must satisfy, declared once from the data model (schema.py).

Each rule is a query over the model's tables, typed as the parquet files are, each table with a
`_row` column (the row a problem names in its file). It selects the rows that break the rule and,
for each, the value its message shows. validate.py runs the same rules on curated CSV and on
parquet; reading a file (its header, its types, how its dates are written) is the reader's part.

The SQL is written over the model's fixed table and column names; values are bound parameters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .schema import CITED_TABLES, PRIMARY_KEYS, TABLES, Column, model_name


@dataclass(frozen=True)
class Rule:
    table: str  # the table whose rows break it
    column: str  # the column a problem names
    message: str  # {value} is what the query selects; {suffix} the file's (.csv or .parquet)
    sql: str  # SELECT _row, <value> FROM ... WHERE <broken>
    params: dict = field(default_factory=dict)
    reads: tuple[str, ...] = ()  # the cells it reads: a row whose cell could not be read is skipped


def _rows(table: str, where: str, shown: str) -> str:
    """A rule's query; the table passes the data model's allow-list, and values are bound in params."""
    return f"SELECT t._row, ({shown})::VARCHAR FROM {model_name(table)} AS t WHERE {where}"


def _not_in(value: str, table: str, key: str = "", where: str = "") -> str:
    """`value` is given and is not a `key` of `table` (its primary key by default).

    (NOT IN an empty list holds even for NULL, and NOT IN a list that has a NULL never holds.)"""
    key = key or PRIMARY_KEYS[table]
    return (
        f"{value} IS NOT NULL AND {value} NOT IN (SELECT {key} FROM {table} WHERE {key} IS NOT NULL{where})"
    )


def column_rules(table: str, column: Column) -> list[Rule]:
    """Required and allowed values, a date and its precision together, references."""
    name, c = column.name, f't."{column.name}"'
    rules = []
    if column.required:
        empty = f"({c} IS NULL" + (f" OR {c} = ''" if column.type == "text" else "") + ")"
        if column.optional_for:
            rules.append(
                Rule(
                    table,
                    name,
                    "is required",
                    _rows(table, f"{empty} AND NOT list_contains($optional, t.status)", c),
                    {"optional": list(column.optional_for)},
                    reads=(name, "status"),
                )
            )
        else:
            rules.append(Rule(table, name, "is required", _rows(table, empty, c), reads=(name,)))
    if column.allowed:
        rules.append(
            Rule(
                table,
                name,
                f"'{{value}}' is not one of: {', '.join(column.allowed)}",
                _rows(table, f"NOT list_contains($allowed, {c})", c),
                {"allowed": list(column.allowed)},
                reads=(name,),
            )
        )
    if column.precision_of:
        date, day = column.precision_of, f't."{column.precision_of}"'
        pair = (date, name)
        rules += [
            Rule(
                table,
                name,
                f"precision given but {date} is empty",
                _rows(table, f"{c} IS NOT NULL AND {day} IS NULL", c),
                reads=pair,
            ),
            Rule(
                table,
                date,
                f"date '{{value}}' has no {name}",
                _rows(table, f"{day} IS NOT NULL AND {c} IS NULL", day),
                reads=pair,
            ),
            Rule(
                table,
                date,
                f"'{{value}}' is not the first day of the period that {name} names",
                _rows(
                    table,
                    f"({c} = 'month' AND day({day}) <> 1) OR ({c} = 'year' AND dayofyear({day}) <> 1)",
                    day,
                ),
                reads=pair,
            ),
        ]
    if column.references:
        target, _ = column.references.split(".")
        message = f"'{{value}}' is not in {target}{{suffix}}"
        if column.type == "list":  # each id in the list, by itself
            sql = (
                f"SELECT t._row, item FROM {table} AS t, unnest({c}) AS u(item) "
                f"WHERE {_not_in('item', target)}"
            )
        else:
            sql = _rows(table, _not_in(c, target), c)
        rules.append(Rule(table, name, message, sql, reads=(name,)))
    return rules


def key_rules(table: str) -> list[Rule]:
    key = PRIMARY_KEYS[table]
    earlier = f"t._row > (SELECT min(o._row) FROM {table} AS o WHERE o.{key} = t.{key})"
    return [
        Rule(
            table, key, "'{value}' is used by an earlier row", _rows(table, earlier, f"t.{key}"), reads=(key,)
        )
    ]


def citation_rules() -> list[Rule]:
    """Every cited record exists and has a citation; a corpus source has its text, and the quotes
    that cite it are verbatim in that text."""
    rules = []
    for table in CITED_TABLES:
        key = PRIMARY_KEYS[table]
        rules += [
            Rule(
                "citations",
                "record_id",
                f"'{{value}}' is not in {table}{{suffix}}",
                _rows("citations", f"record_table = $table AND {_not_in('record_id', table)}", "record_id"),
                {"table": table},
                reads=("record_table", "record_id"),
            ),
            Rule(
                table,
                key,
                "'{value}' has no citation",
                _rows(table, _not_in(key, "citations", "record_id", " AND record_table = $table"), key),
                {"table": table},
                reads=(key,),
            ),
        ]
    corpus = "source_id IN (SELECT source_id FROM sources WHERE kind = 'corpus')"
    text = "(SELECT text FROM sources AS s WHERE s.source_id = t.source_id)"
    rules += [
        Rule(
            "sources",
            "text",
            "a corpus source needs its text",
            _rows("sources", "kind = 'corpus' AND (text IS NULL OR text = '')", "text"),
            reads=("kind", "text"),
        ),
        Rule(
            "citations",
            "quote",
            "a corpus citation needs a quote",
            _rows("citations", f"{corpus} AND (quote IS NULL OR quote = '')", "quote"),
            reads=("quote",),
        ),
        Rule(
            "citations",
            "quote",
            "quote is not verbatim in {value}'",
            _rows(
                "citations",
                f"{corpus} AND quote <> '' AND NOT contains({text}, quote)",
                "source_id || ': ''' || left(quote, 60)",
            ),
            reads=("quote",),
        ),
    ]
    return rules


def row_rules() -> list[Rule]:
    """The rules each table's rows satisfy by themselves or through references."""
    rules = [
        rule
        for table, columns in TABLES.items()
        for column in columns
        for rule in column_rules(table, column)
    ]
    return rules + [rule for table in PRIMARY_KEYS for rule in key_rules(table)]


ROW_RULES = row_rules()
CITATION_RULES = citation_rules()
