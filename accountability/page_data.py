"""What each page shows, as plain functions: named queries in, figures and pages of tables out.

A page calls these with `web.query` (results cached by their parameters); the benchmark calls
them with a bare connection, so it measures what a rerun of the page does. baseline.py does the
same work over pandas DataFrames. No Streamlit here.

What reaches the browser does not grow with the data: a chart draws at most MAX_POINTS points
(counts per period once there are more events or figures than MAX_RECORDS), the matrix shows
MATRIX_ROWS members at a time, and tables come PAGE_SIZE rows at a time.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from . import chart_text, charts, gaps
from .charts import figure_value
from .describe import empty_reason, review_labels
from .filters import Filters

Query = Callable[..., pd.DataFrame]

PAGE_SIZE = 100
MAX_RECORDS = 2_000  # more events (or figures of a metric) than this: the chart shows counts per period
MAX_POINTS = 5_000  # no chart draws more points than this
MATRIX_ROWS = 40  # 40 members by 60 coalitions, and a ring on each, stay under MAX_POINTS
DISAGREEMENT_ROWS = 20  # months of disagreement a page shows: each is a long cell, and fewer months read less
DOWNLOAD_ROWS = 100_000  # a CSV download holds at most this many rows
BINS = ("day", "week", "month", "quarter")
BIN_WORDS = {"day": "daily", "week": "weekly", "month": "monthly", "quarter": "quarterly"}

# The columns each table shows, in order.
EVENT_COLUMNS = ("date_label", "title", "category", "place", "actors", "coalition", "citations", "note")
MEMBER_COLUMNS = ("member", "iso3", "role", "joined_label", "left_label", "citations", "note")
FIGURE_COLUMNS = ("as_of_label", "reported", "unit", "reporter", "citations", "note")
LATEST_COLUMNS = ("label", "reported", "unit", "as_of_label", "reported_by", "citations")
DISAGREEMENT_COLUMNS = ("month", "label", "unit", "reported", "sources")
SOURCE_COLUMNS = ("published_label", "title", "outlet", "kind", "n_records", "url")
RECORD_COLUMNS = ("record_table", "date_label", "record", "quote", "note")


@dataclass(frozen=True)
class TablePage:
    """Some rows of a longer result: which ones, and how many there are in all."""

    rows: pd.DataFrame
    offset: int
    total: int
    columns: tuple[str, ...]
    size: int  # rows a page holds
    query: str = ""  # the named query behind the rows, and its parameters: what a download reads
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def shown(self) -> pd.DataFrame:
        """The columns the page shows, and a review column when unreviewed records are among them."""
        frame = self.rows[list(self.columns)]
        if "status" in self.rows.columns and (self.rows["status"] == "candidate").any():
            frame = frame.assign(review=review_labels(self.rows["status"]))
        return frame

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size))

    @property
    def caption(self) -> str:
        if not self.total:
            return "No rows"
        return f"Rows {self.offset + 1:,}–{min(self.offset + self.size, self.total):,} of {self.total:,}"


@dataclass(frozen=True)
class Chart:
    plot: go.Figure
    data: pd.DataFrame  # what the chart draws
    note: str = ""  # says in words when the chart shows counts instead of each record, or a part
    summary: str = ""  # one sentence saying what the chart shows: its text alternative
    table: pd.DataFrame | None = None  # what it draws, in readable columns, for those who cannot see it


@dataclass(frozen=True)
class Sidebar:
    options: pd.DataFrame  # the states and organisations to filter by
    span: tuple[date, date]  # the first and last day of the data: the default date range

    @property
    def names(self) -> dict[str, str]:
        return dict(zip(self.options["actor_id"], self.options["name"], strict=True))


def choose_bin(start: date, end: date) -> str:
    """The period to count by, from the length of the date range."""
    days = (end - start).days + 1
    if days <= 92:
        return "day"
    if days <= 2 * 366:
        return "week"
    if days <= 8 * 366:
        return "month"
    return "quarter"


def clamp(page: int, total: int, size: int) -> int:
    """The page asked for, or the first if the result (shrunk by a filter change) ends before it."""
    return page if 0 <= page * size < total else 0


def binned(query: Query, name: str, start: date, end: date, **params) -> tuple[pd.DataFrame, str]:
    """Counts per period from a *_bins query: the finest period for the range that stays under MAX_POINTS."""
    first = BINS.index(choose_bin(start, end))
    for bin_ in BINS[first:]:
        counts = query(name, bin=bin_, **params)
        if len(counts) <= MAX_POINTS:
            break
    return counts, bin_


def count_note(total: int, what: str, bin_: str, filters: Filters, shown_as: str) -> str:
    """Says that a chart counts instead of drawing each record, and how to see each one."""
    days = (filters.end - filters.start).days + 1
    narrow = max(1, days * MAX_RECORDS // total)
    return (
        f"{total:,} {what} are shown as {BIN_WORDS[bin_]} {shown_as}. To see each of them, narrow the date "
        f"range to about {narrow:,} day{'s' if narrow > 1 else ''} (fewer than {MAX_RECORDS:,} {what}), "
        "or choose fewer countries."
    )


def _paged(
    query: Query, name: str, page: int, columns: tuple[str, ...], size: int | None = None, **params
) -> TablePage:
    """A page of a query that returns n_total, the size of the whole result, on every row."""
    size = size or PAGE_SIZE
    rows = query(name, limit=size, offset=page * size, **params)
    if rows.empty and page > 0:  # the result shrank under the page asked for: show the first
        return _paged(query, name, 0, columns, size, **params)
    total = int(rows["n_total"].iloc[0]) if len(rows) else 0
    rows = rows.drop(columns="n_total").reset_index(drop=True)
    return TablePage(rows, page * size, total, columns, size, name, params)


def _with_reported(frame: pd.DataFrame) -> pd.DataFrame:
    """The figure as it is said: 'more than 19,000'."""
    reported = [figure_value(v, q) for v, q in zip(frame["value"], frame["qualifier"], strict=True)]
    return frame.assign(reported=pd.Series(reported, index=frame.index, dtype=object))


# --- the sidebar and the overview ---------------------------------------------------------------


def sidebar(query: Query) -> Sidebar:
    span = query("date_span").iloc[0]
    return Sidebar(query("filter_options"), (span["first_date"].date(), span["last_date"].date()))


def overview(query: Query, filters: Filters) -> tuple[pd.Series, pd.DataFrame]:
    """What the dataset holds, and the latest figure of every metric inside the filters."""
    return dataset_summary(query, filters), latest_figures(query, filters)


def latest_figures(query: Query, filters: Filters) -> pd.DataFrame:
    return _with_reported(query("latest_figures", **filters.params()))


def joins(query: Query, filters: Filters, names: Mapping[str, str]) -> Chart:
    """Who joined which coalition, quarter by quarter, inside the filters: the Overview's picture."""
    rows = query("joins_by_quarter", **filters.params())
    plot = charts.joins_by_quarter(rows, empty_reason("joins to a coalition", filters, names))
    return Chart(plot, rows, summary=chart_text.joins_summary(rows), table=chart_text.joins_table(rows))


# --- timeline -----------------------------------------------------------------------------------


def timeline(
    query: Query, filters: Filters, names: Mapping[str, str], page: int = 0
) -> tuple[Chart, TablePage]:
    """The events chart (each event, or counts per period when there are many) and a page of the table."""
    params = filters.params()
    counts, bin_ = binned(query, "timeline_bins", filters.start, filters.end, **params)
    total = int(counts["n_events"].sum())
    reason = empty_reason("events", filters, names)
    page = clamp(page, total, PAGE_SIZE)
    if total <= MAX_RECORDS:
        events = query("timeline_events", **params, limit=MAX_RECORDS, offset=0)
        chart = Chart(
            charts.timeline(events, reason), events,
            summary=chart_text.timeline_summary(events), table=chart_text.timeline_table(events),
        )
        rows = events.iloc[page * PAGE_SIZE : (page + 1) * PAGE_SIZE].reset_index(drop=True)
    else:
        note = count_note(total, "events", bin_, filters, "counts by category")
        chart = Chart(
            charts.timeline_counts(counts, bin_, reason), counts, note,
            chart_text.timeline_counts_summary(counts, bin_), chart_text.timeline_counts_table(counts, bin_),
        )
        rows = query("timeline_events", **params, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
    table = TablePage(rows, page * PAGE_SIZE, total, EVENT_COLUMNS, PAGE_SIZE, "timeline_events", params)
    return chart, table


# --- coalitions ---------------------------------------------------------------------------------


def coalition_columns(query: Query, filters: Filters) -> pd.DataFrame:
    return query("coalition_columns", end_date=filters.end, include_candidates=filters.include_candidates)


def coalition_matrix(
    query: Query,
    filters: Filters,
    names: Mapping[str, str],
    columns: pd.DataFrame,
    page: int = 0,
    colour_by: str = "role",
    sort_by: str = "first join",
) -> tuple[Chart, TablePage]:
    """MATRIX_ROWS members at a time, those in most coalitions first; the page counts members, not cells."""
    cells = query("coalition_matrix", **filters.params(), limit=MATRIX_ROWS, offset=page * MATRIX_ROWS)
    if cells.empty and page > 0:
        return coalition_matrix(query, filters, names, columns, 0, colour_by, sort_by)
    total = int(cells["n_rows"].iloc[0]) if len(cells) else 0
    rows = TablePage(cells, page * MATRIX_ROWS, total, (), MATRIX_ROWS)
    note = ""
    if total > MATRIX_ROWS:
        note = (
            f"Members {rows.caption.removeprefix('Rows ')}, ranked by how many coalitions they belong to, "
            "then by their earliest join, then by name. Choose other members below the chart."
        )
    reason = empty_reason("memberships", filters, names)
    plot = charts.membership_matrix(cells, columns, colour_by, sort_by, reason)
    summary = chart_text.matrix_summary(cells, columns, total)
    return Chart(plot, cells, note, summary, chart_text.matrix_table(cells, columns)), rows


def coalition_map(query: Query, filters: Filters, coalition_id: str) -> pd.DataFrame:
    """The members of one coalition at the end of the range, with the states the map can place."""
    return query(
        "coalition_map",
        coalition_id=coalition_id,
        end_date=filters.end,
        include_candidates=filters.include_candidates,
    )


def member_map(
    members: pd.DataFrame, centres: Mapping[str, tuple[float, float]], chosen: tuple[str, ...], coalition: str
) -> Chart:
    """A coalition's member states on the map (members: coalition_map's rows), the chosen ones outlined."""
    states = members[members["iso3"].isin(set(centres))] if not members.empty else members
    return Chart(
        charts.coalition_map(members, centres, chosen), members,
        summary=chart_text.map_summary(states, coalition), table=chart_text.map_table(states),
    )


def coalition_members(query: Query, filters: Filters, coalition_id: str, page: int = 0) -> TablePage:
    return _paged(
        query,
        "coalition_members",
        page,
        MEMBER_COLUMNS,
        coalition_id=coalition_id,
        end_date=filters.end,
        include_candidates=filters.include_candidates,
    )


# --- case counts --------------------------------------------------------------------------------


def metric_choices(query: Query, filters: Filters) -> pd.DataFrame:
    return query("metric_options", include_candidates=filters.include_candidates)


def metric_series(
    query: Query, filters: Filters, names: Mapping[str, str], metric: pd.Series, page: int = 0,
    events: pd.DataFrame | None = None,
) -> tuple[Chart, TablePage]:
    """One metric over time, a line per reporter (each figure, or per period when there are many),
    and the given events (events_overlay) marked along the time axis."""
    params = dict(metric=metric["metric"], **filters.params())
    bins, bin_ = binned(query, "metric_bins", filters.start, filters.end, **params)
    total = int(bins["n_figures"].sum())
    reason = empty_reason("figures of this metric", filters, names)
    page = clamp(page, total, PAGE_SIZE)
    if total <= MAX_RECORDS:
        series = query("metric_series", **params, limit=MAX_RECORDS, offset=0)
        note = gaps.gap_note(series, "reporter", "as_of")
        chart = Chart(
            charts.metric_series(series, metric["label"], metric["unit"], reason, events), series, note,
            chart_text.series_summary(series, metric["label"], metric["unit"]),
            chart_text.series_table(series),
        )
        rows = series.iloc[page * PAGE_SIZE : (page + 1) * PAGE_SIZE].reset_index(drop=True)
    else:
        shown_as = "points, one per reporter: the latest figure of each period, a bar from lowest to highest"
        note = " ".join(filter(None, [count_note(total, "figures", bin_, filters, shown_as),
                                      gaps.gap_note(bins, "reporter", "bin_start")]))
        chart = Chart(
            charts.metric_bins(bins, metric["label"], metric["unit"], bin_, reason, events), bins, note,
            chart_text.bins_summary(bins, metric["label"], metric["unit"], bin_),
            chart_text.bins_table(bins, metric["unit"], bin_),
        )
        rows = query("metric_series", **params, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
    rows = _with_reported(rows)
    table = TablePage(rows, page * PAGE_SIZE, total, FIGURE_COLUMNS, PAGE_SIZE, "metric_series", params)
    return chart, table


def disagreements(query: Query, filters: Filters, page: int = 0) -> TablePage:
    return _paged(query, "disagreements", page, DISAGREEMENT_COLUMNS, DISAGREEMENT_ROWS, **filters.params())


def case_requests(
    filters: Filters, metric: str, figures_page: int = 0, disagreements_page: int = 0
) -> list[tuple[str, dict]]:
    """The Case counts page's queries, as (name, parameters) exactly as the page asks for them, so
    that they can run side by side: the metric's counts per period and its page of figures as they
    are asked when the figures are many (when few, the page asks for them all instead), its latest
    figures and its disagreements."""
    params = filters.params()
    series = dict(metric=metric, **params)
    disagreements = {**params, "limit": DISAGREEMENT_ROWS, "offset": disagreements_page * DISAGREEMENT_ROWS}
    return [
        ("metric_bins", {"bin": choose_bin(filters.start, filters.end), **series}),
        ("metric_series", {**series, "limit": PAGE_SIZE, "offset": figures_page * PAGE_SIZE}),
        ("latest_figures", params),
        ("disagreements", disagreements),
    ]


# --- sources ------------------------------------------------------------------------------------


def dataset_summary(query: Query, filters: Filters) -> pd.Series:
    return query("dataset_summary", include_candidates=filters.include_candidates).iloc[0]


def source_list(query: Query, page: int = 0) -> TablePage:
    return _paged(query, "source_list", page, SOURCE_COLUMNS)


def source_detail(query: Query, source_id: str, page: int = 0) -> tuple[pd.Series | None, TablePage]:
    """One source (its text when held in full, and its quotes) and a page of the records drawn from it."""
    document = query("source_document", source_id=source_id)
    records = _paged(query, "source_records", page, RECORD_COLUMNS, source_id=source_id)
    return (document.iloc[0] if len(document) else None), records


def source_choices(query: Query, listing: TablePage, wanted: str | None) -> pd.DataFrame:
    """The sources to pick from: those on the shown page of the list, and the one a link or an
    earlier choice named, if it exists (the list of every source can be far too long to send)."""
    columns = ["source_id", "title", "outlet", "kind", "published_label"]
    choices = listing.rows[columns]
    if wanted and wanted not in set(choices["source_id"]):
        linked = query("source_document", source_id=wanted)
        choices = pd.concat([linked[columns], choices], ignore_index=True)
    return choices


# --- one actor's profile ------------------------------------------------------------------------

ACTOR_MEMBERSHIP_COLUMNS = ("coalition", "role", "joined_label", "left_label", "citations", "note")
ACTOR_EVENT_COLUMNS = EVENT_COLUMNS
ACTOR_FIGURE_COLUMNS = (
    "as_of_label", "label", "reported", "unit", "reporter", "relation", "citations", "note",
)
ACTOR_SOURCE_COLUMNS = ("published_label", "title", "outlet", "kind", "n_records", "url")


@dataclass(frozen=True)
class Profile:
    """One state or organisation across the dataset: who it is, and a chart and tables of its records."""

    actor: pd.Series | None  # None: no such actor
    memberships: Chart
    membership_rows: TablePage
    events: TablePage
    figures: TablePage
    sources: pd.DataFrame


def actor_profile(
    query: Query, filters: Filters, actor_id: str, today: date, events_page: int = 0, figures_page: int = 0
) -> Profile:
    """Memberships whatever the date range (the whole story); events and figures inside the filters' dates.

    The country filter does not apply: the profile is of the one actor it names.
    """
    found = query("actor_profile", actor_id=actor_id, include_candidates=filters.include_candidates)
    actor = found.iloc[0] if len(found) else None
    name = actor["name"] if actor is not None else actor_id
    joined = query("actor_memberships", actor_id=actor_id, include_candidates=filters.include_candidates)
    plot = charts.membership_bars(joined, today, f"No membership of {name} in a coalition is recorded.")
    shown = _blank(joined, ("left_label", "note", "citations"))
    rows = TablePage(shown, 0, len(joined), ACTOR_MEMBERSHIP_COLUMNS, max(len(joined), 1))
    dated = dict(actor_id=actor_id, start_date=filters.start, end_date=filters.end,
                 include_candidates=filters.include_candidates)
    events = _paged(query, "actor_events", events_page, ACTOR_EVENT_COLUMNS, **dated)
    events = replace(events, rows=_blank(events.rows, ("place", "coalition", "note", "citations")))
    figures = _paged(query, "actor_figures", figures_page, ACTOR_FIGURE_COLUMNS, **dated)
    figures = replace(figures, rows=_blank(_with_reported(figures.rows), ("note", "citations")))
    sources = query("actor_sources", actor_id=actor_id, include_candidates=filters.include_candidates)
    chart = Chart(
        plot, joined, summary=chart_text.memberships_summary(joined, name),
        table=chart_text.memberships_table(joined),
    )
    return Profile(actor, chart, rows, events, figures, sources)


def _blank(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    """Empty cells as empty text, so that a table never reads "None" where the data says nothing."""
    present = [c for c in columns if c in frame.columns]
    return frame.assign(**{c: frame[c].astype(object).where(frame[c].notna(), "") for c in present})


def profile_empty(what: str, filters: Filters) -> str:
    """Why a profile's table is empty: nothing inside the date range ("events of Poland")."""
    return (
        f"No {what} between {filters.start:%-d %b %Y} and {filters.end:%-d %b %Y}. "
        "Widen the date range to see earlier or later ones."
    )


# --- events on the figures ----------------------------------------------------------------------

CROWDED_EVENTS = 40  # more events than this in range: the markers are off unless asked for
MAX_EVENT_MARKERS = 500  # more than this cannot be told apart on a chart: the switch is off


def events_overlay(query: Query, filters: Filters) -> pd.DataFrame:
    """The timeline's events inside the filters, as markers for a chart (one more than the most drawn)."""
    return query("events_overlay", **filters.params(), limit=MAX_EVENT_MARKERS + 1)


def events_switch(events: pd.DataFrame) -> tuple[bool, bool, str]:
    """Whether the event markers are on by default, whether they can be shown at all, and why not."""
    count = len(events)
    if not count:
        return False, False, "No event of the timeline falls inside the filters."
    if count > MAX_EVENT_MARKERS:
        return False, False, (
            f"More than {MAX_EVENT_MARKERS:,} events fall inside the filters: too many to mark on the chart. "
            "Narrow the date range or choose countries to mark them."
        )
    if count > CROWDED_EVENTS:
        return False, True, (
            f"{count:,} events fall inside the filters: the switch starts off above {CROWDED_EVENTS}, "
            "as more markers crowd the chart."
        )
    return True, True, f"{count:,} event{'s' if count > 1 else ''} of the timeline inside the filters."


# --- methods ------------------------------------------------------------------------------------


def metric_definitions(query: Query) -> pd.DataFrame:
    return query("metric_definitions")
