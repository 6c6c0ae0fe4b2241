"""What changed between two builds of the dataset: record ids per table, and the changes in words.

Pure: tables come in as lists of row dicts (as pyarrow's to_pylist gives them), plain data
goes out, ready to be written into a release record as JSON.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from .charts import figure_value
from .dates import label
from .schema import PRIMARY_KEYS, TABLES
from .text import escape_markdown

Rows = Sequence[Mapping]
Tables = Mapping[str, Rows]
CHANGES = ("added", "changed", "removed")
# The tables whose changes are told in words; the others (sources, actors, metrics, citations)
# are counted, and their ids listed in the release record.
TOLD = ("coalitions", "memberships", "events", "statistics")
SOURCES_SHOWN = 3  # sources named beside one change
ROLE_WORDS = {  # a signatory "signed the ..." instead
    "founding member": "as a founding member",
    "member": "as a member",
    "participant": "as a participant",
    "partner": "as a partner",
    "referring state": "as a referring state",
}


def record_id(table: str, row: Mapping) -> str:
    """A row's id: its key, or for a citation the record it supports and the source."""
    key = PRIMARY_KEYS.get(table)
    if key:
        return str(row[key])
    return f"{row['record_table']}/{row['record_id']}/{row['source_id']}"


def _by_id(table: str, rows: Rows) -> dict[str, Mapping]:
    return {record_id(table, row): row for row in rows}


def diff(old: Tables, new: Tables) -> dict[str, dict[str, list[str]]]:
    """Per table (in the model's order): the ids added, changed (any value differs) and removed."""
    result = {}
    for table in TABLES:
        before, after = _by_id(table, old.get(table, ())), _by_id(table, new.get(table, ()))
        result[table] = {
            "added": sorted(after.keys() - before.keys()),
            "changed": sorted(i for i in after.keys() & before.keys() if after[i] != before[i]),
            "removed": sorted(before.keys() - after.keys()),
        }
    return result


def _when(row: Mapping, column: str) -> str:
    value = row.get(column)
    return label(value, row.get(f"{column}_precision")) if isinstance(value, date) else ""


class _Names:
    """Names of actors, coalitions and metrics, from the newer build first, then the older."""

    def __init__(self, *builds: Tables):
        self.actors: dict[str, str] = {}
        self.coalitions: dict[str, str] = {}
        self.metrics: dict[str, str] = {}
        for build in reversed(builds):
            self.actors.update({r["actor_id"]: r["name"] for r in build.get("actors", ())})
            self.coalitions.update({r["coalition_id"]: r["name"] for r in build.get("coalitions", ())})
            self.metrics.update({r["metric"]: r["label"] for r in build.get("metrics", ())})

    def actor(self, actor_id: str | None) -> str:
        return self.actors.get(actor_id or "", actor_id or "not stated")


def sentence(table: str, row: Mapping, names: _Names) -> str:
    """One record in plain words: 'Romania joined the Joint Investigation Team as a member, 13 Oct 2022'."""
    if table == "memberships":
        coalition = names.coalitions.get(row["coalition_id"], row["coalition_id"])
        actor = names.actor(row["actor_id"])
        if row["role"] == "signatory":
            words = f"{actor} signed the {coalition}"
        else:
            words = f"{actor} joined the {coalition} {ROLE_WORDS.get(row['role'], '')}".rstrip()
        words += f", {_when(row, 'joined')}"
        return words + (f"; left {_when(row, 'left')}" if row.get("left") else "")
    if table == "events":
        return f"{row['title']}, {_when(row, 'date')}"
    if table == "statistics":
        metric = names.metrics.get(row["metric"], row["metric"])
        return (
            f"{metric}: {figure_value(row['value'], row['qualifier'])} {row['unit']} as of "
            f"{_when(row, 'as_of')}, reported by {names.actor(row.get('reported_by'))}"
        )
    if table == "coalitions":
        established = _when(row, "established")
        return row["name"] + (f", established {established}" if established else "")
    return record_id(table, row)


class _Cited:
    """The sources each record cites in one build: title, outlet and address."""

    def __init__(self, build: Tables):
        self.by_record: dict[tuple[str, str], list[str]] = {}
        for c in build.get("citations", ()):
            self.by_record.setdefault((c["record_table"], c["record_id"]), []).append(c["source_id"])
        self.sources = {s["source_id"]: s for s in build.get("sources", ())}

    def __call__(self, table: str, row_id: str) -> list[dict[str, str]]:
        cited = sorted(self.by_record.get((table, row_id), []))[:SOURCES_SHOWN]
        return [
            {"title": s["title"], "outlet": s.get("outlet") or "", "url": s.get("url") or ""}
            for s in (self.sources[i] for i in cited if i in self.sources)
        ]


def _changed_columns(before: Mapping, after: Mapping) -> list[str]:
    return [column for column in after if before.get(column) != after.get(column)]


def entries(old: Tables, new: Tables, changes: Mapping[str, Mapping[str, Sequence[str]]]) -> list[dict]:
    """The changes of the told tables in words, each with its date and sources, by table then id."""
    names = _Names(new, old)
    cited = {"old": _Cited(old), "new": _Cited(new)}
    told = []
    for table in TOLD:
        before, after = _by_id(table, old.get(table, ())), _by_id(table, new.get(table, ()))
        for change in CHANGES:
            for row_id in changes[table][change]:
                row, build = (before[row_id], "old") if change == "removed" else (after[row_id], "new")
                text = sentence(table, row, names)
                if change == "changed":
                    text = f"Corrected: {text} (changed: {', '.join(_changed_columns(before[row_id], row))})"
                elif change == "removed":
                    text = f"Removed: {text}"
                elif table == "coalitions":
                    text = f"New coalition: {text}"
                told.append(
                    {
                        "table": table,
                        "id": row_id,
                        "change": change,
                        "text": text,
                        "sources": cited[build](table, row_id),
                    }
                )
    return told


# --- a release's changes, for reading ----------------------------------------------------------

SAFE_URL = re.compile(r"^https?://[^\s<>\\]+$")
SHOWN_PER_TABLE = 15  # changes listed per table and release; the rest are counted
TABLE_WORDS = {
    "coalitions": "coalitions",
    "memberships": "memberships",
    "events": "events",
    "statistics": "figures",
    "sources": "sources",
    "actors": "states and organisations",
    "metrics": "metrics",
    "citations": "citations",
}


def summary(record: Mapping) -> str:
    """'Added 120 memberships, 30 events; changed 2 coalitions.' or, for the first, what it held."""
    if not record.get("previous"):
        held = ", ".join(f"{n:,} {TABLE_WORDS[t]}" for t, n in record["counts"].items() if t in TOLD)
        return f"The first release: the record as it stood, with {held}."
    parts = []
    for change in CHANGES:
        moved = [
            f"{len(record['changes'][t][change]):,} {TABLE_WORDS[t]}"
            for t in TABLE_WORDS
            if record["changes"][t][change]
        ]
        if moved:
            parts.append(f"{change} {', '.join(moved)}")
    return (("; ".join(parts)).capitalize() + ".") if parts else "No record changed."


def _source_link(source: Mapping) -> str:
    name = escape_markdown(source.get("outlet") or source.get("title") or "source")
    url = source.get("url") or ""
    return f"[{name}](<{url}>)" if SAFE_URL.match(url) else name


def markdown(record: Mapping, per_table: int = SHOWN_PER_TABLE) -> str:
    """A release's changes as a Markdown list, by table; every text from the data is escaped."""
    lines = []
    for table in TOLD:
        told = [entry for entry in record.get("changelog", ()) if entry["table"] == table]
        for entry in told[:per_table]:
            sources = ", ".join(_source_link(s) for s in entry["sources"])
            lines.append(f"- {escape_markdown(entry['text'])}" + (f" ({sources})" if sources else ""))
        if len(told) > per_table:
            lines.append(f"- … and {len(told) - per_table:,} more changes to {TABLE_WORDS[table]}")
    return "\n".join(lines)


def table(record: Mapping) -> list[dict[str, str]]:
    """Every change of a release, one row each, for a download."""
    return [
        {
            "release": record["id"],
            "table": entry["table"],
            "id": entry["id"],
            "change": entry["change"],
            "text": entry["text"],
            "sources": " | ".join(f"{s['title']} {s['url']}".strip() for s in entry["sources"]),
        }
        for entry in record.get("changelog", ())
    ]
