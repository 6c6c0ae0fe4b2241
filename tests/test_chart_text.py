"""The sentence under each chart and its data table: built from the data the chart draws."""

from __future__ import annotations

from datetime import date

import pandas as pd

from accountability import chart_text
from tests.test_queries import run


def test_timeline_sentence_counts_spans_and_names_the_busiest_year(con):
    events = run(con, "timeline_events")
    assert (
        chart_text.timeline_summary(events)
        == (
            "3 events from 25 Mar 2022 to 2024; the most frequent category is agreement (2)."  # no year leads
        )
    )
    two_in_2022 = events.assign(date=pd.to_datetime(["2022-03-25", "2022-05-01", "2024-01-01"]))
    assert "; most in 2022 (2);" in chart_text.timeline_summary(two_in_2022)
    assert chart_text.timeline_summary(events.iloc[0:0]) == "No events to show."


def test_counts_per_period_say_the_same_in_periods(con):
    counts = run(con, "timeline_bins", bin="quarter")
    sentence = chart_text.timeline_counts_summary(counts, "quarter")
    assert sentence == (
        "3 events from Q1 2022 to Q1 2024, counted per quarter; the most frequent category is agreement (2)."
    )
    assert list(chart_text.timeline_counts_table(counts, "quarter")["Period"]) == [
        "Q1 2022",
        "Q2 2023",
        "Q1 2024",
    ]


def test_joins_sentence_names_the_busiest_quarter_and_the_year_only_joins():
    joins = pd.DataFrame(
        {
            "coalition_id": ["a", "a", "b"],
            "short_name": ["A", "A", "B"],
            "name": ["Alpha", "Alpha", "Beta"],
            "established": [date(2022, 1, 1)] * 3,
            "period": ["quarter", "year", "quarter"],
            "period_start": pd.to_datetime(["2022-04-01", "2023-01-01", "2024-07-01"]),
            "n_joins": [3, 2, 1],
            "members": ["X, Y, Z", "V, W", "U"],
        }
    )
    assert chart_text.joins_summary(joins) == (
        "6 joins to 2 coalitions from Q2 2022 to Q3 2024; the busiest quarter was Q2 2022 (3 joins), "
        "the largest single step A in Q2 2022 (3); 2 joins that the sources date only to the year."
    )
    table = chart_text.joins_table(joins)
    assert list(table.columns) == ["Coalition", "Period", "Joined", "Members"]
    assert list(table["Period"]) == ["Q2 2022", "2023", "Q3 2024"]


def test_matrix_sentence_says_when_it_shows_only_some_members(con):
    cells, columns = run(con, "coalition_matrix"), run(con, "coalition_columns")
    whole = chart_text.matrix_summary(cells, columns, total_members=3)
    assert whole.startswith("3 members hold 5 memberships in 2 coalitions;")
    assert chart_text.matrix_summary(cells, columns, total_members=90).startswith(
        "The 3 members shown, of 90,"
    )
    table = chart_text.matrix_table(cells, columns)
    assert list(table.columns) == ["Member", "Coalition", "Role", "Joined"]
    assert "Register of damage" in set(table["Coalition"])  # full names, no ids


def test_series_sentence_ends_with_the_latest_figure_and_its_qualifier(con):
    series = run(con, "metric_series")
    sentence = chart_text.series_summary(series, "Cases registered", "cases")
    assert sentence.startswith("3 figures of Cases registered from ")
    assert "by 2 reporters; the latest is " in sentence
    assert list(chart_text.series_table(series).columns) == [
        "As of",
        "Figure",
        "Unit",
        "Reported by",
        "Source",
    ]


def test_map_sentence_counts_states_by_role(con):
    members = run(con, "coalition_map", coalition_id="team")
    states = members[members["iso3"].notna()]
    assert (
        chart_text.map_summary(states, "Team")
        == "2 member states of Team on the map: 2 as founding member."
    )
    assert (
        chart_text.map_summary(states.iloc[0:0], "Team")
        == "No member state of Team can be drawn on the map."
    )


def test_an_actors_memberships_are_summed_up_with_first_latest_and_ended():
    import pandas as pd

    from accountability.chart_text import memberships_summary

    rows = pd.DataFrame({
        "coalition_id": ["jit", "rd", "jit"], "short_name": ["JIT", "Register", "JIT"],
        "joined": pd.to_datetime(["2022-03-25", "2023-05-17", "2022-04-01"]),
        "joined_label": ["25 Mar 2022", "17 May 2023", "Apr 2022"], "left": [None, None, "2025-03-01"],
    })
    assert memberships_summary(rows, "Poland") == (
        "Poland: 3 memberships in 2 coalitions, the first joined 25 Mar 2022 (JIT), "
        "the latest 17 May 2023 (Register); 1 membership ended."
    )
    assert memberships_summary(rows.iloc[:0], "Poland") == "No membership of Poland is recorded."
