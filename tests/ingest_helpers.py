"""Small helpers for the ingest tests: run one extractor over a few sentences of text."""

from __future__ import annotations

from accountability.ingest import extract_events, extract_figures, extract_memberships
from accountability.ingest.document import Context, DocumentView
from accountability.ingest.when import Published
from tests.fixture_data import TABLES

# Bodies whose names overlap ("Core Group on a Special Tribunal" vs "Special Tribunal"), as real ones do.
MORE = {
    "actors": [
        {
            "actor_id": "eu",
            "name": "European Union",
            "kind": "international organisation",
            "iso3": "",
            "aliases": "EU",
        },
    ],
    "coalitions": [
        {
            "coalition_id": "core-group",
            "name": "Core Group on a Special Tribunal for the Crime of Aggression",
            "short_name": "Core Group",
            "kind": "core group",
        },
        {
            "coalition_id": "tribunal",
            "name": "Agreement on the Special Tribunal for the Crime of Aggression",
            "short_name": "Special Tribunal",
            "kind": "tribunal",
        },
    ],
    "metrics": [
        {"metric": "convictions", "label": "Convictions", "unit": "people", "description": ""},
        {"metric": "suspects_notified", "label": "Suspects notified", "unit": "people", "description": ""},
        {"metric": "children_deported", "label": "Children deported", "unit": "children", "description": ""},
        {"metric": "children_returned", "label": "Children returned", "unit": "children", "description": ""},
    ],
}


def context(more: bool = False, extra: dict | None = None) -> Context:
    """Fresh indexes over the fixture tables (proposals made by one test never leak into another);
    `more` adds bodies with overlapping names and the curated metrics of figures, `extra` any rows."""
    tables = {
        k: [*v, *(MORE.get(k, []) if more else []), *(extra or {}).get(k, [])] for k, v in TABLES.items()
    }
    return Context.from_tables(tables)


def view(
    text: str,
    published: str | None = "2022-07-15",
    precision: str | None = None,
    more: bool = False,
    extra: dict | None = None,
) -> DocumentView:
    precision = precision or {4: "year", 7: "month"}.get(len(published or ""), "day")
    return DocumentView(text, Published(published, precision) if published else None, context(more, extra))


def joined(
    text: str, published: str = "2024-06-20", extra: dict | None = None, title: str = ""
) -> list[tuple]:
    """(member, coalition, join date) of each membership, over the fuller context (plus extra)."""
    seen = view(text, published, more=True, extra=extra)
    if title:
        seen = DocumentView(seen.body, seen.published, seen.context, title)
    return [
        (p.fields["actor_id"], p.fields["coalition_id"], p.fields["joined"])
        for p in extract_memberships.extract(seen)
    ]


def figures(text: str, published: str | None = "2022-07-15", precision: str | None = None) -> list[tuple]:
    return [
        (float(p.fields["value"]), p.fields["qualifier"], p.fields["unit"])
        for p in extract_figures.extract(view(text, published, precision), "doc-test")
    ]


def memberships(text: str, published: str | None = "2022-07-15") -> list[tuple]:
    return [
        (p.fields["actor_id"], p.fields["coalition_id"], p.fields["role"])
        for p in extract_memberships.extract(view(text, published))
    ]


def events(text: str, published: str | None = "2022-07-15", precision: str | None = None) -> list[dict]:
    return [p.fields for p in extract_events.extract(view(text, published, precision))]


def metrics(text: str, published: str = "2024-06-20") -> list[tuple]:
    """(value, qualifier, unit, metric) of each figure, over the fuller context."""
    return [
        (float(p.fields["value"]), p.fields["qualifier"], p.fields["unit"], p.fields["metric"])
        for p in extract_figures.extract(view(text, published, more=True), "doc-test")
    ]
