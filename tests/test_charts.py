"""Chart builders: trace types and counts, titles and axis labels, the empty case."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest

from accountability import charts, db
from tests.test_queries import ALL_PARAMS, run


@pytest.fixture
def events(con):
    return run(con, "timeline_events", include_candidates=True)


def test_timeline_has_one_marker_trace_per_category_and_a_span_for_partial_dates(events):
    fig = charts.timeline(events)
    names = [t.name for t in fig.data]
    assert fig.layout.title.text == "Events over time"
    assert fig.layout.xaxis.title.text == "Date" and fig.layout.yaxis.title.text == "Category"
    for category in events["category"].unique():
        assert category in names
    spans = next(t for t in fig.data if t.name == "Period the date falls in")
    assert spans.mode == "lines" and len(spans.x) == 3 * 2  # a month and a year event
    agreement = next(t for t in fig.data if t.name == "agreement")
    assert list(agreement.marker.symbol) == ["circle", "diamond-open"]


def test_hover_text_from_the_data_is_escaped():
    frame = pd.DataFrame(
        {
            "date": [pd.Timestamp("2022-01-01")], "date_end": [pd.Timestamp("2022-01-01")],
            "date_precision": ["day"], "date_label": ["1 Jan 2022"], "title": ["<img src=x>"],
            "category": ["report"], "actors": [""], "outlets": [""],
        }
    )
    trace = next(t for t in charts.timeline(frame).data if t.name == "report")
    assert trace.customdata[0][2] == "&lt;img src=x&gt;"


@pytest.mark.parametrize(
    ("builder", "title"),
    [
        (lambda: charts.timeline(pd.DataFrame(), "No events in 2030."), "Events over time"),
        (lambda: charts.membership_matrix(pd.DataFrame(), pd.DataFrame(), empty_reason="No members."),
         "Coalition membership at the end of the date range"),
        (lambda: charts.metric_series(pd.DataFrame(), "Cases", "cases", "No figures."), "Cases, as reported"),
    ],
)
def test_empty_charts_keep_their_title_and_say_why(builder, title):
    fig = builder()
    assert fig.layout.title.text == title
    assert len(fig.data) == 0
    assert fig.layout.annotations[0].text.startswith("No ")


def test_matrix_is_a_heatmap_with_role_legend_and_join_rings(con):
    cells = run(con, "coalition_matrix", start_date=date(2023, 1, 1))
    columns = db.run(con, "coalition_columns", end_date=ALL_PARAMS["end_date"], include_candidates=False)
    fig = charts.membership_matrix(cells, columns)
    assert [t.type for t in fig.data][0] == "heatmap"
    heat = fig.data[0]
    assert list(heat.y) == ["Lithuania", "Poland", "Eurojust"]  # by first join, then name
    assert heat.x[1] == "Register<br>(40 signatories, 2 named)"
    legend = {t.name for t in fig.data if t.type == "scatter"}
    assert {"founding member", "participant", "signatory", "Joined inside the date range"} <= legend
    rings = next(t for t in fig.data if t.name == "Joined inside the date range")
    assert len(rings.x) == 2  # Lithuania and Poland joined the register inside 2023-2024


def test_matrix_sorted_by_name_and_coloured_by_year(con):
    cells = run(con, "coalition_matrix")
    columns = run(con, "coalition_columns")
    fig = charts.membership_matrix(cells, columns, colour_by="join year", sort_by="name")
    assert list(fig.data[0].y) == ["Eurojust", "Lithuania", "Poland"]
    assert fig.data[0].colorbar.title.text == "Join year"


def test_metric_series_has_a_line_per_reporter_and_qualifier_markers(con):
    series = run(con, "metric_series")
    fig = charts.metric_series(series, "Cases registered", "cases")
    reporters = [t for t in fig.data if t.legendgroup == "reporter"]
    assert [t.name for t in reporters] == ["Prosecutor General&#x27;s Office of Ukraine", "Eurojust"] or [
        t.name for t in reporters
    ] == ["Prosecutor General's Office of Ukraine", "Eurojust"]
    assert list(reporters[0].marker.symbol) == ["triangle-up", "circle"]
    assert fig.layout.yaxis.title.text == "Cases registered (cases)"
    qualifiers = {t.name for t in fig.data if t.legendgroup == "qualifier"}
    assert qualifiers == {"exactly", "more than", "about"}


def test_figure_value_keeps_the_qualifier():
    assert charts.figure_value(19000, "more_than") == "more than 19,000"
    assert charts.figure_value(1500, "nearly") == "nearly 1,500"
    assert charts.figure_value(45, "exact") == "45"


def test_every_chart_passes_plotly_validation(con):
    """Figures are built without plotly's per-property checks at run time, so check them here."""
    from accountability import page_data

    events = run(con, "timeline_events")
    counts = run(con, "timeline_bins", bin="week")
    bins = run(con, "metric_bins", bin="month")
    cells, columns = run(con, "coalition_matrix"), run(con, "coalition_columns")
    figures = [
        charts.timeline(events),
        charts.timeline_counts(counts, "week"),
        charts.membership_matrix(cells, columns),
        charts.membership_matrix(cells, columns, colour_by="join year"),
        charts.metric_series(run(con, "metric_series"), "Cases", "cases"),
        charts.metric_bins(bins, "Cases", "cases", "month"),
        charts.empty_figure("Nothing", "No events."),
    ]
    for figure in figures:
        checked = go.Figure(figure.to_dict())  # raises on any property or value plotly does not know
        assert [(t.type, t.name) for t in checked.data] == [(t.type, t.name) for t in figure.data]
        assert json.loads(checked.to_json())["layout"] == json.loads(figure.to_json())["layout"]
    assert page_data.MAX_POINTS >= sum(len(t.x) for t in figures[1].data)


def test_counts_are_stacked_bars_per_category_spanning_their_period(con):
    counts = run(con, "timeline_bins", bin="month", include_candidates=True)
    fig = charts.timeline_counts(counts, "month")
    assert fig.layout.barmode == "stack" and fig.layout.yaxis.title.text == "Events per month"
    assert {t.name for t in fig.data} == set(counts["category"])
    assert all(t.type == "bar" and t.xperiod == "M1" for t in fig.data)
    assert sum(sum(t.y) for t in fig.data) == counts["n_events"].sum()


def test_metric_bins_draw_the_latest_figure_and_the_range_of_each_period(con):
    bins = run(con, "metric_bins", bin="quarter")
    fig = charts.metric_bins(bins, "Cases registered", "cases", "quarter")
    reporters = [t for t in fig.data if t.legendgroup == "reporter"]
    assert [t.name for t in reporters] == ["Prosecutor General&#x27;s Office of Ukraine", "Eurojust"] or [
        t.name for t in reporters
    ] == ["Prosecutor General's Office of Ukraine", "Eurojust"]
    first = reporters[0]  # 1,000 and 1,200 in Q1 2022: the latest is 1,200, the bar reaches down to 1,000
    assert list(first.y) == [1200]
    assert list(first.error_y.arrayminus) == [200] and list(first.error_y.array) == [0]
    assert first.customdata[0][1] == 2
