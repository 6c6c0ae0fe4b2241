"""Reviewing candidates: list them with their quotes, accept or reject them by id or by source.

Accepted records show on the dashboard; rejected ones stay in the CSV (so a second ingest of a
similar article does not bring them back unseen) and the build drops them. A proposed coalition
or metric is marked reviewed once a record that uses it is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .records import ID_COLUMNS
from .store import Transaction, locked, recover

RECORD_TABLES = tuple(ID_COLUMNS)
UNREVIEWED = "unreviewed."
REVIEWED = "accepted in review."
METRIC_UNREVIEWED = "not reviewed yet."


@dataclass
class Candidate:
    table: str
    record_id: str
    row: dict[str, str]
    sources: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)


class UnknownRecord(Exception):
    pass


def _records(tables) -> dict[str, Candidate]:
    out: dict[str, Candidate] = {}
    for table in RECORD_TABLES:
        key = ID_COLUMNS[table][0]
        for row in tables.get(table, []):
            out[row[key]] = Candidate(table, row[key], row)
    for citation in tables.get("citations", []):
        found = out.get(citation.get("record_id", ""))
        if found and citation.get("record_table") == found.table:
            found.sources.append(citation["source_id"])
            if citation.get("quote"):
                found.quotes.append(citation["quote"])
    return out


def candidates(data_dir: Path, source: str | None = None) -> tuple[list[Candidate], dict]:
    """Candidate records (of one source if given) in id order, and the tables they came from."""
    transaction = Transaction(data_dir)
    records = _records(transaction.tables)
    chosen = [
        c
        for c in records.values()
        if c.row.get("status") == "candidate" and (source is None or source in c.sources)
    ]
    return sorted(chosen, key=lambda c: (c.sources[:1], c.table, c.record_id)), transaction.tables


def decide(
    data_dir: Path, status: str, ids: list[str] = (), source: str | None = None, everything: bool = False
) -> list[Candidate]:
    """Set `status` on the records named by id, or on every candidate of a source, or on all."""
    with locked(data_dir):
        recover(data_dir)
        transaction = Transaction(data_dir)
        records = _records(transaction.tables)
        unknown = [i for i in ids if i not in records]
        if unknown:
            raise UnknownRecord(f"no event, membership or figure has the id {', '.join(unknown)}")
        if ids:
            chosen = [records[i] for i in ids]
        else:
            chosen = [
                c
                for c in records.values()
                if c.row.get("status") == "candidate" and (everything or source in c.sources)
            ]
        changed = [c for c in chosen if c.row.get("status") != status]
        for candidate in changed:
            candidate.row["status"] = status
            transaction.touch(candidate.table)
        if status == "accepted":
            _mark_reviewed(transaction, changed)
        transaction.commit()
        return changed


class NotEditable(Exception):
    pass


def edit(data_dir: Path, record_id: str, changes: dict[str, str]) -> Candidate:
    """Change a candidate's values (its coalition, member, date, metric, ...) before deciding on it.

    Only candidates change, and never their id or status; the tables are checked as a whole and
    written all at once, or not at all (an unknown coalition id writes nothing)."""
    with locked(data_dir):
        recover(data_dir)
        transaction = Transaction(data_dir)
        record = _records(transaction.tables).get(record_id)
        if record is None:
            raise UnknownRecord(f"no event, membership or figure has the id {record_id}")
        if record.row.get("status") != "candidate":
            raise NotEditable(f"{record_id} is {record.row.get('status')}: only candidates are edited")
        fixed = {ID_COLUMNS[record.table][0], "status"}
        unknown = sorted(set(changes) - set(record.row) | set(changes) & fixed)
        if unknown:
            raise NotEditable(f"{record.table} cannot change {', '.join(unknown)}")
        changed = {k: v for k, v in changes.items() if record.row.get(k) != v}
        if changed:
            record.row.update(changed)
            transaction.touch(record.table)
            transaction.commit()
        return record


def _mark_reviewed(transaction: Transaction, accepted: list[Candidate]) -> None:
    coalitions = {c.row.get("coalition_id") for c in accepted}
    metrics = {c.row.get("metric") for c in accepted}
    for row in transaction.tables["coalitions"]:
        if row["coalition_id"] in coalitions and row.get("note", "").endswith(UNREVIEWED):
            row["note"] = row["note"].removesuffix(UNREVIEWED) + REVIEWED
            transaction.touch("coalitions")
    for row in transaction.tables["metrics"]:
        if row["metric"] in metrics and row.get("description", "").endswith(METRIC_UNREVIEWED):
            row["description"] = row["description"].removesuffix(METRIC_UNREVIEWED) + REVIEWED
            transaction.touch("metrics")


def only_unreviewed(tables) -> dict[str, list[str]]:
    """Actors, coalitions and metrics that no accepted record uses yet, but a candidate does:
    what the ingest proposed (or what only unreviewed records rely on)."""
    used: dict[str, dict[str, set[str]]] = {"accepted": {}, "candidate": {}}
    for table in RECORD_TABLES:
        for row in tables.get(table, []):
            bucket = used.get(row.get("status", ""))
            if bucket is None:
                continue
            refs = {
                "actors": {
                    *row.get("actor_ids", "").split(";"),
                    row.get("actor_id", ""),
                    row.get("reported_by", ""),
                },
                "coalitions": {row.get("coalition_id", "")},
                "metrics": {row.get("metric", "")},
            }
            for kind, ids in refs.items():
                bucket.setdefault(kind, set()).update(i for i in ids if i)
    return {
        kind: sorted(used["candidate"].get(kind, set()) - used["accepted"].get(kind, set()))
        for kind in ("actors", "coalitions", "metrics")
    }


def describe(candidate: Candidate, names: dict[str, str]) -> str:
    """One line that says what the record claims."""
    row = candidate.row
    if candidate.table == "events":
        return f"event       {row['date']:<10}  {row['category']}: {row['title']}"
    if candidate.table == "memberships":
        member = names.get(row["actor_id"], row["actor_id"])
        coalition = row["coalition_id"] or "(coalition left for review)"
        return f"membership  {row['joined']:<10}  {member} ({row['actor_id']}) → {coalition}, {row['role']}"
    value = float(row["value"])
    shown = f"{value:,.0f}" if value.is_integer() else f"{value:,}"
    qualifier = "" if row["qualifier"] == "exact" else row["qualifier"].replace("_", " ") + " "
    by = f", reported by {row['reported_by']}" if row.get("reported_by") else ""
    return f"figure      {row['as_of']:<10}  {qualifier}{shown} {row['unit']} [{row['metric']}]{by}"
