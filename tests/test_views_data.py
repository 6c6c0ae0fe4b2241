"""The actor profile's data and chart, and the timeline's events on the Case counts chart."""

from __future__ import annotations

import json
from datetime import date
from functools import partial

import pandas as pd
import plotly.graph_objects as go
import pytest

from accountability import charts, db, page_data
from accountability.filters import Filters
from tests.test_queries import run

TODAY = date(2026, 1, 1)
WHOLE = Filters(date(2022, 1, 1), date(2024, 12, 31))


@pytest.fixture
def query(con):
    return partial(db.run, con)


def checked(plot: go.Figure) -> go.Figure:
    """The plot, once passed through plotly's own checks (the builders skip them at run time)."""
    again = go.Figure(plot.to_dict())
    assert json.loads(again.to_json())["layout"] == json.loads(plot.to_json())["layout"]
    return plot


def test_profile_of_a_state_holds_its_memberships_events_figures_and_sources(query):
    profile = page_data.actor_profile(query, WHOLE, "POL", TODAY)
    assert profile.actor["name"] == "Poland"
    assert list(profile.membership_rows.rows["coalition"]) == ["Joint team", "Register of damage"]
    assert list(profile.events.rows["title"]) == ["Team agreement signed", "Register declaration"]
    assert list(profile.figures.rows["reported"]) == ["20,000,000"]
    assert list(profile.figures.rows["relation"]) == ["reported by it"]
    assert set(profile.sources["source_id"]) == {"doc-1", "ref-1"}
    assert "None" not in profile.membership_rows.shown.astype(str).to_numpy()


def test_figures_about_a_country_count_on_its_profile(query):
    profile = page_data.actor_profile(query, WHOLE, "UKR", TODAY)
    assert profile.figures.total == 3 and set(profile.figures.rows["relation"]) == {"about it"}
    assert profile.membership_rows.total == 0
    (annotation,) = profile.memberships.plot.layout.annotations
    assert annotation.text.replace("<br>", " ") == "No membership of Ukraine in a coalition is recorded."


def test_profile_events_and_figures_follow_the_date_range_but_memberships_do_not(query):
    narrow = Filters(date(2024, 1, 1), date(2024, 12, 31))
    profile = page_data.actor_profile(query, narrow, "POL", TODAY)
    assert profile.events.total == 0 and profile.figures.total == 0
    assert profile.membership_rows.total == 2
    assert page_data.profile_empty("events of Poland", narrow).startswith(
        "No events of Poland between 1 Jan 2024 and 31 Dec 2024."
    )


def test_membership_bars_run_from_join_to_today_with_role_as_colour_and_pattern(con):
    memberships = run(con, "actor_memberships", actor_id="LTU")
    plot = checked(charts.membership_bars(memberships, TODAY))
    roles = {t.name: t for t in plot.data if t.name in charts.ROLE_ORDER}
    assert set(roles) == {"founding member", "signatory"}
    assert roles["signatory"].marker.pattern.shape == "x"
    assert roles["founding member"].marker.pattern.shape == ""
    assert roles["signatory"].marker.color != roles["founding member"].marker.color
    # Two records for the register (16 and 17 May: the sources disagree) are two labelled rows.
    assert list(roles["signatory"].y) == ["Register<br>(1 of 2)", "Register<br>(2 of 2)"]
    team = roles["founding member"]
    assert team.base[0] == "2022-03-25"
    end = pd.Timestamp(team.base[0]) + pd.Timedelta(milliseconds=team.x[0])
    assert end == pd.Timestamp(TODAY) + pd.Timedelta(days=1)  # to the end of today
    assert plot.layout.xaxis.type == "date"


def test_a_join_known_only_to_the_month_starts_faint_on_its_first_day(con):
    memberships = run(con, "actor_memberships", actor_id="eurojust")
    plot = charts.membership_bars(memberships, TODAY)
    faint = next(t for t in plot.data if t.name == "Month or year the date falls in")
    assert list(faint.base) == ["2022-04-01"] and faint.x[0] == 30 * charts.DAY_MS  # all of April
    solid = next(t for t in plot.data if t.name == "participant")
    assert list(solid.base) == ["2022-04-30"]  # solid once April is over: no day is invented
    assert "Apr 2022 (month only)" in solid.customdata[0][2]


def test_a_month_precision_leave_ends_the_solid_bar_before_its_month():
    frame = pd.DataFrame({
        "coalition": ["Centre"], "short_name": ["Centre"], "role": ["participant"],
        "joined": [pd.Timestamp("2023-09-01")], "joined_end": [pd.Timestamp("2023-09-30")],
        "joined_precision": ["month"], "joined_label": ["Sep 2023"],
        "left": [pd.Timestamp("2025-03-01")], "left_end": [pd.Timestamp("2025-03-31")],
        "left_precision": ["month"], "left_label": ["Mar 2025"], "note": [None], "outlets": ["<b>x</b>"],
        "status": ["accepted"],
    })
    plot = checked(charts.membership_bars(frame, TODAY))
    (faint,) = [t for t in plot.data if t.name == "Month or year the date falls in" and not t.showlegend]
    assert list(faint.base) == ["2025-03-01"]
    solid = next(t for t in plot.data if t.name == "participant")
    end = pd.Timestamp(solid.base[0]) + pd.Timedelta(milliseconds=solid.x[0])
    assert end == pd.Timestamp("2025-03-01")  # through 28 Feb
    assert solid.customdata[0][3] == "left Mar 2025" and solid.customdata[0][4] == "&lt;b&gt;x&lt;/b&gt;"


def test_events_are_marked_along_the_time_axis_with_title_date_and_source(con):
    events = run(con, "events_overlay", limit=100)
    series = run(con, "metric_series")
    plot = checked(charts.metric_series(series, "Cases", "cases", events=events))
    (marks,) = [t for t in plot.data if t.name == charts.EVENTS_NAME]
    assert marks.yaxis == "y2" and len(marks.x) == 3
    titles = [c[0] for c in marks.customdata]
    assert titles == ["Team agreement signed", "Register declaration", "Annual report"]
    assert marks.customdata[1][1] == "May 2023" and marks.customdata[0][3] == "Example News"
    assert list(marks.marker.symbol) == ["star", "star-open", "star-open-dot"]
    assert plot.layout.yaxis2.overlaying == "y" and plot.layout.yaxis2.visible is False
    assert len(plot.layout.shapes) >= 3
    plain = charts.metric_series(series, "Cases", "cases")
    assert charts.EVENTS_NAME not in [t.name for t in plain.data]


def test_events_can_mark_the_per_period_chart_too(con):
    bins = run(con, "metric_bins", bin="month")
    events = run(con, "events_overlay", limit=100)
    plot = checked(charts.metric_bins(bins, "Cases", "cases", "month", events=events))
    assert [t.name for t in plot.data].count(charts.EVENTS_NAME) == 1


def test_the_overlay_holds_the_events_in_range_and_is_off_when_it_would_crowd(query):
    narrow = Filters(date(2022, 1, 1), date(2022, 12, 31))
    events = page_data.events_overlay(query, narrow)
    assert list(events["event_id"]) == ["ev-1"]
    assert page_data.events_switch(events) == (True, True, "1 event of the timeline inside the filters.")
    many = pd.concat([events] * (page_data.CROWDED_EVENTS + 1), ignore_index=True)
    on, possible, why = page_data.events_switch(many)
    assert (on, possible) == (False, True) and "crowd" in why
    too_many = pd.concat([events] * (page_data.MAX_EVENT_MARKERS + 1), ignore_index=True)
    assert page_data.events_switch(too_many)[:2] == (False, False)
    assert page_data.events_switch(events.iloc[:0])[:2] == (False, False)
