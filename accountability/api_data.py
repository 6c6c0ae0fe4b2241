"""What each data address of the API holds: the same named queries and lookups as the pages.

Each resource reads a request (filters, picks, paging, already parsed by the pages' codec) and
gives a page of rows with the total; each names the queries it runs, so that a damaged table
file answers 503 before any of them runs. No web server here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from . import page_data
from .filters import Filters, read_page, read_pick
from .lookups import lookup_table

Query = Callable[..., pd.DataFrame]


@dataclass
class Request:
    """A request as read: the filters and picks it asks for, the rows it wants, what it ignored."""

    query: Mapping[str, Sequence[str]]
    filters: Filters
    limit: int
    offset: int
    notices: list[str]
    picks: dict[str, str] = field(default_factory=dict)
    offset_given: bool = False

    def page_offset(self, key: str, what: str) -> int:
        """The offset of a table page a dashboard link names (`events_page=3`), unless offset is given."""
        if self.offset_given or key not in self.query:
            return self.offset
        number, notices = read_page(self.query[key], what)
        self.notices.extend(notices)
        self.picks[key] = str(number) if number > 1 else ""
        return (number - 1) * self.limit

    def pick(self, key: str, lookup: Mapping[str, str], what: str) -> str | None:
        """A page's picker value (metric, coalition) read as the page reads it; None if absent or unknown."""
        tokens = self.query.get(key)
        if not tokens:
            return None
        value, notices = read_pick(tokens, lookup, what)
        self.notices.extend(notices)
        if value:
            self.picks[key] = value
        return value


@dataclass(frozen=True)
class Rows:
    frame: pd.DataFrame
    total: int
    offset: int


@dataclass(frozen=True)
class Resource:
    name: str
    queries: tuple[str, ...]  # the named queries it may run: their tables must be readable
    read: Callable[[Query, Request], Rows]
    about: str


def _paged(query: Query, name: str, offset: int, limit: int, **params) -> Rows:
    """A page of a query whose rows carry n_total; past the end, the total still comes back."""
    frame = query(name, limit=limit, offset=offset, **params)
    if frame.empty and offset > 0:
        first = query(name, limit=1, offset=0, **params)
        total = int(first["n_total"].iloc[0]) if len(first) else 0
    else:
        total = int(frame["n_total"].iloc[0]) if len(frame) else 0
    return Rows(frame.drop(columns="n_total"), total, offset)


def _sliced(frame: pd.DataFrame, request: Request, offset: int) -> Rows:
    return Rows(frame.iloc[offset : offset + request.limit].reset_index(drop=True), len(frame), offset)


def _with_citations(query: Query, rows: Rows, table: str, key: str) -> Rows:
    """Rows of a page query that has no citations of its own, with them (one query for the page)."""
    ids = list(rows.frame[key])
    cited = query("api_citations", record_table=table, ids=ids or [""]).set_index("record_id")["citations"]
    frame = rows.frame.assign(citations=rows.frame[key].map(cited))
    return Rows(frame, rows.total, rows.offset)


def events(query: Query, request: Request) -> Rows:
    offset = request.page_offset("events_page", "events")
    return _paged(query, "api_events", offset, request.limit, **request.filters.params())


def memberships(query: Query, request: Request) -> Rows:
    """Of the coalition a link names, every member (as its page lists them); else all, by the filters."""
    filters = request.filters
    columns = page_data.coalition_columns(query, filters)
    lookup = lookup_table(columns, "coalition_id", "name", "short_name")
    coalition = request.pick("coalition", lookup, "coalitions")
    offset = request.page_offset("members_page", "the coalition's members")
    return _paged(
        query, "api_memberships", offset, request.limit,
        countries=[] if coalition else list(filters.countries), end_date=filters.end,
        include_candidates=filters.include_candidates, coalition_id=coalition,
    )


def statistics(query: Query, request: Request) -> Rows:
    """Of the metric a link names, its figures (as the case page lists them); else all figures."""
    metrics = page_data.metric_choices(query, request.filters)
    metric = request.pick("metric", lookup_table(metrics, "metric", "label"), "metrics")
    offset = request.page_offset("figures_page", "figures")
    return _paged(query, "api_statistics", offset, request.limit, metric=metric, **request.filters.params())


def coalitions(query: Query, request: Request) -> Rows:
    columns = page_data.coalition_columns(query, request.filters)
    return _with_citations(query, _sliced(columns, request, request.offset), "coalitions", "coalition_id")


def actors(query: Query, request: Request) -> Rows:
    return _sliced(query("filter_options"), request, request.offset)


def sources(query: Query, request: Request) -> Rows:
    offset = request.page_offset("sources_page", "the sources")
    return _paged(query, "source_list", offset, request.limit)


RESOURCES = {
    r.name: r
    for r in (
        Resource(
            "events", ("api_events",), events, "The events inside the filters, as the timeline lists them."
        ),
        Resource(
            "memberships", ("coalition_columns", "api_memberships"), memberships,
            "Memberships held at the end of the date range: of the coalition a link names, else all.",
        ),
        Resource(
            "statistics", ("metric_options", "api_statistics"), statistics,
            "Reported figures inside the filters: of the metric a link names, else all.",
        ),
        Resource(
            "coalitions", ("coalition_columns", "api_citations"), coalitions,
            "Coalitions established by the end of the date range, with their declared and named size.",
        ),
        Resource("actors", ("filter_options",), actors, "The states and organisations a link can filter by."),
        Resource(
            "sources", ("source_list",), sources, "Every source, as its page lists them."
        ),
    )
}

# The data of each page (by url_path) that its "Open as JSON / CSV" links open.
PAGE_DATA = {"": "statistics", "timeline": "events", "coalitions": "memberships", "cases": "statistics",
             "sources": "sources"}
