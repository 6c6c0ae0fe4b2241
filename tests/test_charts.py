"""Chart builders: trace types and counts, titles and axis labels, the empty case."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest

from accountability import charts, db
from tests.test_queries import ALL_PARAMS, run

CENTRES = {"LTU": (23.9, 55.3), "POL": (19.4, 52.1), "UKR": (31.2, 49.2), "NZL": (170.5, -44.0)}


@pytest.fixture
def events(con):
    return run(con, "timeline_events", include_candidates=True)


def test_timeline_has_one_marker_trace_per_category_and_a_span_for_partial_dates(events):
    plot = charts.timeline(events)
    names = [t.name for t in plot.data]
    assert plot.layout.title.text == "Events over time"
    assert plot.layout.xaxis.title.text == "Date" and plot.layout.yaxis.title.text == "Category"
    for category in events["category"].unique():
        assert category in names
    spans = next(t for t in plot.data if t.name == "Period the date falls in")
    assert spans.mode == "lines" and len(spans.x) == 3 * 2  # a month and a year event
    agreement = next(t for t in plot.data if t.name == "agreement")
    assert list(agreement.marker.symbol) == ["circle", "diamond-open"]


def test_hover_text_from_the_data_is_escaped():
    frame = pd.DataFrame(
        {
            "date": [pd.Timestamp("2022-01-01")],
            "date_end": [pd.Timestamp("2022-01-01")],
            "date_precision": ["day"],
            "date_label": ["1 Jan 2022"],
            "title": ["<img src=x>"],
            "category": ["report"],
            "actors": [""],
            "outlets": [""],
        }
    )
    trace = next(t for t in charts.timeline(frame).data if t.name == "report")
    assert trace.customdata[0][2] == "&lt;img src=x&gt;"


@pytest.mark.parametrize(
    ("builder", "title"),
    [
        (lambda: charts.timeline(pd.DataFrame(), "No events in 2030."), "Events over time"),
        (
            lambda: charts.membership_matrix(pd.DataFrame(), pd.DataFrame(), empty_reason="No members."),
            "Coalition membership at the end of the date range",
        ),
        (lambda: charts.metric_series(pd.DataFrame(), "Cases", "cases", "No figures."), "Cases, as reported"),
        (
            lambda: charts.coalition_map(pd.DataFrame(), CENTRES, empty_reason="No members."),
            "Member states on the map",
        ),
    ],
)
def test_empty_charts_keep_their_title_and_say_why(builder, title):
    plot = builder()
    assert plot.layout.title.text == title
    assert len(plot.data) == 0
    assert plot.layout.annotations[0].text.startswith("No ")


def test_matrix_is_a_heatmap_with_role_legend_and_join_rings(con):
    cells = run(con, "coalition_matrix", start_date=date(2023, 1, 1))
    columns = db.run(con, "coalition_columns", end_date=ALL_PARAMS["end_date"], include_candidates=False)
    plot = charts.membership_matrix(cells, columns)
    assert [t.type for t in plot.data][0] == "heatmap"
    heat = plot.data[0]
    assert list(heat.y) == ["Lithuania", "Poland", "Eurojust"]  # by first join, then name
    assert heat.x[1] == "Register"  # the full name and the sizes are in the hover text
    assert "40 signatories, 2 named" in heat.text[0][1]
    legend = {t.name for t in plot.data if t.type == "scatter"}
    assert {"founding member", "participant", "signatory", "Joined inside the date range"} <= legend
    rings = next(t for t in plot.data if t.name == "Joined inside the date range")
    assert len(rings.x) == 2  # Lithuania and Poland joined the register inside 2023-2024


def test_matrix_sorted_by_name_and_coloured_by_year(con):
    cells = run(con, "coalition_matrix")
    columns = run(con, "coalition_columns")
    plot = charts.membership_matrix(cells, columns, colour_by="join year", sort_by="name")
    assert list(plot.data[0].y) == ["Eurojust", "Lithuania", "Poland"]
    assert plot.data[0].colorbar.title.text == "Join year"


def test_metric_series_has_a_line_per_reporter_and_qualifier_markers(con):
    series = run(con, "metric_series")
    plot = charts.metric_series(series, "Cases registered", "cases")
    reporters = [t for t in plot.data if t.legendgroup == "reporter"]
    assert [t.name for t in reporters] == ["Prosecutor General&#x27;s Office of Ukraine", "Eurojust"] or [
        t.name for t in reporters
    ] == ["Prosecutor General's Office of Ukraine", "Eurojust"]
    assert list(reporters[0].marker.symbol) == ["triangle-up", "circle"]
    assert plot.layout.yaxis.title.text == "Cases registered (cases)"
    qualifiers = {t.name for t in plot.data if t.legendgroup == "qualifier"}
    assert qualifiers == {"exactly", "more than", "about"}


def test_figure_value_keeps_the_qualifier():
    assert charts.figure_value(19000, "more_than") == "more than 19,000"
    assert charts.figure_value(1500, "nearly") == "nearly 1,500"
    assert charts.figure_value(45, "exact") == "45"


def test_figures_in_different_units_are_never_one_line(con):
    series = run(con, "metric_series")
    series.loc[series["stat_id"] == "st-2", "unit"] = "people"
    plot = charts.metric_series(series, "Cases registered", "cases")
    names = [t.name for t in plot.data if t.legendgroup == "reporter"]
    assert len(names) == 3 and any(n.endswith("(people)") for n in names)
    assert "one line per unit" in plot.layout.yaxis.title.text


def test_unreviewed_records_get_a_ring_and_a_legend_entry(con):
    events = run(con, "timeline_events", include_candidates=True)
    plot = charts.timeline(events)
    (ring,) = [t for t in plot.data if t.name == charts.UNREVIEWED]
    assert len(ring.x) == (events["status"] == "candidate").sum() == 1
    assert ring.marker.symbol == "square-open"
    accepted_only = charts.timeline(events[events["status"] == "accepted"])
    assert not [t for t in accepted_only.data if t.name == charts.UNREVIEWED]


def test_unreviewed_figures_and_memberships_are_ringed_too(con):
    series = run(con, "metric_series").assign(status=["candidate", "accepted", "accepted"])
    plot = charts.metric_series(series, "Cases registered", "cases")
    (ring,) = [t for t in plot.data if t.name == charts.UNREVIEWED]
    assert list(ring.y) == [series["value"].iloc[0]]
    cells = run(con, "coalition_matrix")
    assert not cells["unreviewed"].any()
    cells.loc[cells.index[0], "unreviewed"] = True
    plot = charts.membership_matrix(cells, run(con, "coalition_columns"))
    (ring,) = [t for t in plot.data if t.name == charts.UNREVIEWED]
    assert list(ring.y) == [cells["actor_name"].iloc[0]]


def test_map_draws_member_states_in_their_role_colour_and_outlines_the_chosen(con):
    members = run(con, "coalition_map", coalition_id="team")
    plot = charts.coalition_map(members, CENTRES, chosen=["POL"])
    (trace,) = plot.data
    assert trace.type == "choropleth" and trace.locationmode == "ISO-3"
    assert trace.name == "founding member"
    assert trace.colorscale[0][1] == charts.ROLE_COLOURS["founding member"]
    assert list(trace.locations) == ["LTU", "POL"]  # Eurojust has no outline
    assert [row[0] for row in trace.customdata] == ["LTU", "POL"]  # ids for clicks
    assert list(trace.marker.line.width) == [0.6, 2.5]
    assert plot.layout.geo.resolution == 110  # plotly then asks for world_110m.json


def test_map_leaves_out_states_the_outlines_cannot_draw(con):
    members = run(con, "coalition_map", coalition_id="register")
    plot = charts.coalition_map(members, {"POL": CENTRES["POL"]})
    assert [list(t.locations) for t in plot.data] == [["POL"]]


def test_map_fits_a_regional_coalition_and_shows_the_world_for_a_global_one():
    members = pd.DataFrame(
        {
            "actor_id": ["LTU", "UKR", "NZL"],
            "member": ["Lithuania", "Ukraine", "New Zealand"],
            "iso3": ["LTU", "UKR", "NZL"],
            "role": ["member"] * 3,
            "joined_label": ["2022"] * 3,
        }
    )
    regional = charts.coalition_map(members.iloc[:2], CENTRES).layout.geo
    assert regional.lonaxis.range[0] < 23.9 and regional.lonaxis.range[1] > 31.2
    assert regional.lataxis.range[1] - regional.lataxis.range[0] < 40
    world = charts.coalition_map(members, CENTRES).layout.geo
    assert world.lonaxis.range[1] - world.lonaxis.range[0] == 360


def test_every_chart_passes_plotly_validation(con):
    """Charts are built without plotly's per-property checks at run time, so check them here."""
    from accountability import page_data

    events = run(con, "timeline_events")
    counts = run(con, "timeline_bins", bin="week")
    bins = run(con, "metric_bins", bin="month")
    cells, columns = run(con, "coalition_matrix"), run(con, "coalition_columns")
    plots = [
        charts.timeline(events),
        charts.timeline_counts(counts, "week"),
        charts.membership_matrix(cells, columns),
        charts.membership_matrix(cells, columns, colour_by="join year"),
        charts.metric_series(run(con, "metric_series"), "Cases", "cases"),
        charts.metric_bins(bins, "Cases", "cases", "month"),
        charts.empty_chart("Nothing", "No events."),
    ]
    for plot in plots:
        checked = go.Figure(plot.to_dict())  # raises on any property or value plotly does not know
        assert [(t.type, t.name) for t in checked.data] == [(t.type, t.name) for t in plot.data]
        assert json.loads(checked.to_json())["layout"] == json.loads(plot.to_json())["layout"]
    assert page_data.MAX_POINTS >= sum(len(t.x) for t in plots[1].data)


def test_counts_are_stacked_bars_per_category_spanning_their_period(con):
    counts = run(con, "timeline_bins", bin="month", include_candidates=True)
    plot = charts.timeline_counts(counts, "month")
    assert plot.layout.barmode == "stack" and plot.layout.yaxis.title.text == "Events per month"
    assert {t.name for t in plot.data} == set(counts["category"])
    assert all(t.type == "bar" and t.xperiod == "M1" for t in plot.data)
    assert sum(sum(t.y) for t in plot.data) == counts["n_events"].sum()


def test_metric_bins_draw_the_latest_figure_and_the_range_of_each_period(con):
    bins = run(con, "metric_bins", bin="quarter")
    plot = charts.metric_bins(bins, "Cases registered", "cases", "quarter")
    reporters = [t for t in plot.data if t.legendgroup == "reporter"]
    assert [t.name for t in reporters] == ["Prosecutor General&#x27;s Office of Ukraine", "Eurojust"] or [
        t.name for t in reporters
    ] == ["Prosecutor General's Office of Ukraine", "Eurojust"]
    first = reporters[0]  # 1,000 and 1,200 in Q1 2022: the latest is 1,200, the bar reaches down to 1,000
    assert list(first.y) == [1200]
    assert list(first.error_y.arrayminus) == [200] and list(first.error_y.array) == [0]
    assert first.customdata[0][1] == 2


def test_joins_chart_has_a_row_per_coalition_and_numbers_on_its_discs(con):
    joins = run(con, "joins_by_quarter")
    plot = charts.joins_by_quarter(joins)
    assert plot.layout.title.text == "Who joined which coalition, quarter by quarter"
    assert plot.layout.xaxis.title.text == "Quarter the members joined in"
    (discs,) = [t for t in plot.data if t.name == "Members who joined in the quarter"]
    assert discs.type == "scatter" and discs.mode == "markers+text"
    assert set(discs.y) == {"Team", "Register"}
    assert sum(int(n) for n in discs.text) == joins["n_joins"].sum()  # the count is written, not only sized
    assert list(plot.layout.yaxis.categoryarray) == ["Register", "Team"]  # the oldest coalition on top


def test_joins_known_only_to_the_year_are_drawn_apart():
    joins = pd.DataFrame(
        {
            "coalition_id": ["a", "a"], "short_name": ["A", "A"], "name": ["Alpha", "Alpha"],
            "established": [date(2022, 1, 1)] * 2, "period": ["quarter", "year"],
            "period_start": [pd.Timestamp("2022-04-01"), pd.Timestamp("2023-01-01")],
            "n_joins": [3, 2], "members": ["X, Y, Z", "<b>V</b>, W"],
        }
    )
    plot = charts.joins_by_quarter(joins)
    year = next(t for t in plot.data if t.marker.symbol == "square-open")
    assert list(year.text) == ["2"] and year.customdata[0][1] == "2023"
    assert year.customdata[0][2] == "&lt;b&gt;V&lt;/b&gt;, W"
    assert charts.joins_by_quarter(joins.iloc[0:0]).layout.annotations[0].text.startswith("No ")
