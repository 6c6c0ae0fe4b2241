"""Small helpers for the ingest tests: run one extractor over a few sentences of text."""

from __future__ import annotations

from accountability.ingest import extract_events, extract_figures, extract_memberships
from accountability.ingest.document import Context, DocumentView
from accountability.ingest.when import Published
from tests.fixture_data import TABLES


def context() -> Context:
    """Fresh indexes over the fixture tables (proposals made by one test never leak into another)."""
    return Context.from_tables(TABLES)


def view(text: str, published: str | None = "2022-07-15", precision: str | None = None) -> DocumentView:
    precision = precision or {4: "year", 7: "month"}.get(len(published or ""), "day")
    return DocumentView(text, Published(published, precision) if published else None, context())


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
