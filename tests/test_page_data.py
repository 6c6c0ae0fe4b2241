"""Every page's data path on more data than a browser should get: it counts, ranks and pages,
and says so on screen, so that what is sent stays the same size whatever the data."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from accountability import db, page_data
from accountability.filters import Filters
from accountability.page_data import MATRIX_ROWS, MAX_POINTS, MAX_RECORDS, PAGE_SIZE
from benchmarks.synth import synthesize


@pytest.fixture(scope="module")
def query(tmp_path_factory):
    data = tmp_path_factory.mktemp("synthetic")
    synthesize(8_000, data, seed=5, progress=lambda _: None)
    return partial(db.run, db.connect(data))


@pytest.fixture(scope="module")
def sidebar(query):
    return page_data.sidebar(query)


def points(figure) -> int:
    """What a figure makes the browser draw: markers, bar segments, heatmap cells."""
    total = 0
    for trace in figure.data:
        if trace.type == "heatmap":
            total += sum(len(row) for row in trace.z)
        elif trace.x is not None:
            total += sum(value is not None for value in trace.x)
    return total


def test_many_events_are_counted_per_period_and_the_page_says_so(query, sidebar):
    filters = Filters(*sidebar.span)
    chart, table = page_data.timeline(query, filters, sidebar.names)
    assert table.total > MAX_RECORDS and {t.type for t in chart.plot.data} == {"bar"}
    assert sum(sum(t.y) for t in chart.plot.data) == table.total  # every event is counted once
    assert "are shown as" in chart.note and "narrow the date range" in chart.note
    assert len(table.rows) == PAGE_SIZE and table.caption == f"Rows 1–100 of {table.total:,}"
    assert points(chart.plot) <= MAX_POINTS


def test_a_narrow_range_shows_each_event(query, sidebar):
    filters = Filters(date(2024, 5, 1), date(2024, 5, 14))
    chart, table = page_data.timeline(query, filters, sidebar.names)
    assert 0 < table.total <= MAX_RECORDS and not chart.note
    markers = [t for t in chart.plot.data if t.mode == "markers" and t.x[0] is not None]
    assert sum(len(t.x) for t in markers) == table.total


def test_the_counting_period_follows_the_range(query, sidebar):
    assert page_data.choose_bin(date(2024, 1, 1), date(2024, 3, 31)) == "day"
    assert page_data.choose_bin(date(2023, 1, 1), date(2024, 6, 30)) == "week"
    assert page_data.choose_bin(date(2022, 1, 1), date(2026, 12, 31)) == "month"
    assert page_data.choose_bin(date(2014, 1, 1), date(2026, 12, 31)) == "quarter"
    for start, end, word in [
        (date(2025, 1, 1), date(2026, 6, 30), "weekly"),
        (date(2022, 1, 1), date(2026, 12, 31), "monthly"),
    ]:
        chart, _ = page_data.timeline(query, Filters(start, end), sidebar.names)
        assert word in chart.note


def test_the_matrix_shows_its_top_rows_and_says_how_it_ranks_them(query, sidebar):
    filters = Filters(*sidebar.span)
    columns = page_data.coalition_columns(query, filters)
    chart, rows = page_data.coalition_matrix(query, filters, sidebar.names, columns)
    assert rows.total > MATRIX_ROWS and chart.data["actor_id"].nunique() == MATRIX_ROWS
    assert "ranked by how many coalitions they belong to" in chart.note
    assert points(chart.plot) <= MAX_POINTS
    second, _ = page_data.coalition_matrix(query, filters, sidebar.names, columns, page=1)
    assert set(second.data["actor_id"]).isdisjoint(chart.data["actor_id"])
    held = chart.data.groupby("actor_id").size()
    assert held.min() >= second.data.groupby("actor_id").size().max()  # most coalitions first


def test_many_figures_are_summarised_per_reporter_and_period(query, sidebar):
    filters = Filters(*sidebar.span)
    metric = page_data.metric_choices(query, filters).iloc[0]
    chart, table = page_data.metric_series(query, filters, sidebar.names, metric)
    assert table.total > MAX_RECORDS and "one per reporter" in chart.note
    assert chart.data["n_figures"].sum() == table.total
    assert points(chart.plot) <= MAX_POINTS
    assert len(table.shown) == PAGE_SIZE and list(table.shown.columns) == list(page_data.FIGURE_COLUMNS)


def test_disagreements_and_sources_come_a_page_at_a_time(query):
    filters = Filters(date(2022, 1, 1), date(2026, 12, 31))
    months = page_data.disagreements(query, filters)
    assert len(months.rows) == page_data.DISAGREEMENT_ROWS < months.total
    assert months.rows["reported"].str.contains("more").any()  # "… and N more" past five figures
    listing = page_data.source_list(query, page=2)
    assert listing.offset == 2 * PAGE_SIZE and len(listing.rows) == PAGE_SIZE
    assert (listing.rows["n_records"] > 0).all()
    document, records = page_data.source_detail(query, listing.rows["source_id"].iloc[0])
    assert document is not None and records.total == len(records.rows) > 0


def test_the_case_counts_queries_started_ahead_are_those_the_page_asks_for(query, sidebar):
    """Started ahead with other parameters, a query would run twice and the page would wait anyway."""
    asked = []

    def recording(name, **params):
        asked.append((name, params))
        return query(name, **params)

    filters = Filters(*sidebar.span)
    metric = page_data.metric_choices(query, filters).iloc[0]
    _, figures = page_data.metric_series(recording, filters, sidebar.names, metric, 1)
    page_data.latest_figures(recording, filters)
    listed = page_data.disagreements(recording, filters, 1)
    assert figures.total > MAX_RECORDS and listed.offset > 0  # many figures; no fallback to a first page
    assert asked == page_data.case_requests(filters, metric["metric"], 1, 1)
