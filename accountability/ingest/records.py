"""From an article's proposals to curated rows: ids, candidate status, citations, and the new
actors, coalitions and metrics they refer to."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from .. import corpus
from .actors import Actor
from .coalitions import Coalition
from .metrics import Metric
from .proposals import Proposal
from .read import Article
from .words import fold

ID_COLUMNS = {
    "events": ("event_id", "ev-"),
    "memberships": ("membership_id", "m-"),
    "statistics": ("stat_id", "st-"),
}
PROPOSED_NOTE = "Proposed by ingest from {source}; unreviewed."


def normalised(body: str) -> str:
    """The text as compared for duplicates: same words, whatever the spacing, quotes or case."""
    return re.sub(r"\s+", " ", fold(unicodedata.normalize("NFKC", body))).strip().casefold()


def source_id_for(body: str) -> str:
    return "doc-" + hashlib.sha256(normalised(body).encode("utf-8")).hexdigest()[:12]


class IdMaker:
    """Continues each table's numbering: after ev-0060 comes ev-0061."""

    def __init__(self, tables: dict[str, list[dict[str, str]]]):
        self.next: dict[str, int] = {}
        self.width: dict[str, int] = {}
        for table, (column, prefix) in ID_COLUMNS.items():
            numbers = [
                (int(m.group(1)), len(m.group(1)))
                for row in tables.get(table, [])
                if (m := re.fullmatch(re.escape(prefix) + r"(\d+)", row.get(column, "")))
            ]
            self.next[table] = max((n for n, _ in numbers), default=0) + 1
            self.width[table] = max([4, *(w for _, w in numbers)])

    def __call__(self, table: str) -> str:
        number = self.next[table]
        self.next[table] += 1
        return f"{ID_COLUMNS[table][1]}{number:0{self.width[table]}d}"


def _line(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def source_row(article: Article, source_id: str, file_name: str) -> dict[str, str]:
    inferred = "; ".join(article.notes)
    note = f"Added by ingest from {file_name}." + (
        f" {inferred[:1].upper()}{inferred[1:]}." if inferred else ""
    )
    return {
        "source_id": source_id,
        "title": _line(article.title),
        "outlet": _line(article.outlet),
        "published": article.published,
        "published_precision": article.published_precision,
        "url": _line(article.url),
        "kind": "corpus",
        "note": note,
    }


def corpus_text(article: Article) -> str:
    """The corpus file: its header lines (each one line), a blank line, the article body."""
    header = {key: _line(getattr(article, key)) for key in ("title", "outlet", "published", "url")}
    return corpus.render(header, article.body)


def add_article(
    tables: dict[str, list[dict[str, str]]],
    ids: IdMaker,
    article: Article,
    source_id: str,
    file_name: str,
    proposals: list[Proposal],
) -> tuple[set[str], list[tuple[Proposal, str]]]:
    """Append the article's rows to `tables`; the tables changed and each proposal with its new id."""
    changed = {"sources", "citations"}
    tables["sources"].append(source_row(article, source_id, file_name))
    keys = {
        table: {row[key] for row in tables[table]}
        for table, key in (("actors", "actor_id"), ("coalitions", "coalition_id"), ("metrics", "metric"))
    }
    accepted_members = {
        (r["coalition_id"], r["actor_id"]): r["membership_id"]
        for r in tables["memberships"]
        if r.get("status") == "accepted"
    }
    placed = []
    for proposal in proposals:
        for ref in proposal.refs:
            changed |= _add_reference(tables, keys, ref, source_id, proposal.quotes[0])
        record_id = ids(proposal.table)
        row = {**proposal.fields, ID_COLUMNS[proposal.table][0]: record_id, "status": "candidate"}
        if proposal.table == "memberships":
            earlier = accepted_members.get((row["coalition_id"], row["actor_id"]))
            if earlier:
                row["note"] = (row.get("note", "") + f" Also recorded as {earlier}.").strip()
        tables[proposal.table].append(row)
        changed.add(proposal.table)
        for quote in proposal.quotes:
            tables["citations"].append(
                {
                    "record_table": proposal.table,
                    "record_id": record_id,
                    "source_id": source_id,
                    "quote": quote,
                    "note": "",
                }
            )
        placed.append((proposal, record_id))
    return changed, placed


def _add_reference(tables, keys, ref, source_id: str, quote: str) -> set[str]:
    """Write a new actor, coalition or metric that a record refers to, once."""
    if not getattr(ref, "new", False):
        return set()
    if isinstance(ref, Actor) and ref.actor_id not in keys["actors"]:
        tables["actors"].append(
            {"actor_id": ref.actor_id, "name": ref.name, "kind": ref.kind, "iso3": ref.iso3, "aliases": ""}
        )
        keys["actors"].add(ref.actor_id)
        return {"actors"}
    if isinstance(ref, Coalition) and ref.coalition_id not in keys["coalitions"]:
        tables["coalitions"].append(
            {
                "coalition_id": ref.coalition_id,
                "name": ref.name,
                "short_name": ref.short_name,
                "kind": ref.kind,
                "note": PROPOSED_NOTE.format(source=source_id),
            }
        )
        tables["citations"].append(
            {
                "record_table": "coalitions",
                "record_id": ref.coalition_id,
                "source_id": source_id,
                "quote": quote,
                "note": "Named here.",
            }
        )
        keys["coalitions"].add(ref.coalition_id)
        return {"coalitions"}
    if isinstance(ref, Metric) and ref.metric not in keys["metrics"]:
        tables["metrics"].append(
            {"metric": ref.metric, "label": ref.label, "unit": ref.unit, "description": ref.description}
        )
        keys["metrics"].add(ref.metric)
        return {"metrics"}
    return set()
