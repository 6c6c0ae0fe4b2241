"""Every query file runs on fixture data, returns its documented columns, binds what it declares."""

from __future__ import annotations

import re
from datetime import date

import pytest

from accountability import db
from accountability.charts import QUALIFIER_WORDS, figure_value
from accountability.schema import QUALIFIERS

FILTERS = {
    "countries": [],
    "start_date": date(2022, 1, 1),
    "end_date": date(2024, 12, 31),
    "include_candidates": False,
}
PICKS = {
    "metric": "cases", "coalition_id": "team", "source_id": "doc-1", "actor_id": "POL",
    "record_id": "ev-1", "record_table": "events", "ids": ["ev-1", "ev-2"],
}
PAGING = {"bin": "month", "limit": 1_000, "offset": 0}
ALL_PARAMS = {**FILTERS, **PICKS, **PAGING}


@pytest.mark.parametrize("name", sorted(db.queries()))
def test_query_returns_its_documented_columns(con, name):
    query = db.queries()[name]
    assert query.description, f"{name}.sql has no header line naming its purpose"
    frame = db.run(con, name, **{k: ALL_PARAMS[k] for k in query.params})
    assert tuple(frame.columns) == query.columns
    assert len(frame) > 0, f"{name} returned nothing on the fixture data"


@pytest.mark.parametrize("name", sorted(db.queries()))
def test_declared_params_are_the_ones_bound(name):
    query = db.queries()[name]
    body = "\n".join(line for line in query.sql.splitlines() if not line.startswith("--"))
    assert set(re.findall(r"\$(\w+)", body)) == set(query.params)


def test_a_query_refuses_parameters_it_does_not_declare(con):
    with pytest.raises(TypeError, match="takes"):
        db.run(con, "date_span", countries=["LTU"])


def run(con, name, **overrides):
    query = db.queries()[name]
    params = {k: ALL_PARAMS[k] for k in query.params}
    params.update(overrides)
    return db.run(con, name, **params)


def test_country_filter_keeps_events_that_involve_a_chosen_country(con):
    events = run(con, "timeline_events", countries=["eurojust"])
    assert list(events["event_id"]) == ["ev-3"]


def test_month_precision_event_is_inside_a_range_that_overlaps_its_month(con):
    events = run(con, "timeline_events", start_date=date(2023, 5, 20), end_date=date(2023, 6, 30))
    assert list(events["event_id"]) == ["ev-2"]
    assert events["date_label"].iloc[0] == "May 2023"


def test_candidates_are_hidden_unless_asked_for(con):
    assert "ev-4" not in set(run(con, "timeline_events")["event_id"])
    assert "ev-4" in set(run(con, "timeline_events", include_candidates=True)["event_id"])


def test_matrix_shows_membership_as_of_the_end_of_the_range(con):
    cells = run(con, "coalition_matrix", end_date=date(2022, 12, 31))
    assert set(cells["coalition_id"]) == {"team"}
    cells = run(con, "coalition_matrix", start_date=date(2023, 1, 1))
    joined = cells.set_index(["actor_id", "coalition_id"])["joined_in_range"]
    assert bool(joined[("POL", "register")]) and not bool(joined[("POL", "team")])


def test_conflicting_join_dates_stay_visible_in_one_cell(con):
    cells = run(con, "coalition_matrix").set_index(["actor_id", "coalition_id"])
    assert cells.loc[("LTU", "register"), "join_dates"] == "16 May 2023 / 17 May 2023"
    assert cells.loc[("LTU", "register"), "n_records"] == 2


def test_coalition_columns_give_declared_size_beside_named_members(con):
    columns = run(con, "coalition_columns").set_index("coalition_id")
    assert columns.loc["register", "size_label"] == "40 signatories, 2 named"
    assert list(columns.index) == ["team", "register"]


def test_disagreements_pair_figures_of_one_metric_in_one_month(con):
    rows = run(con, "disagreements")
    assert list(rows["metric"]) == ["cases"]
    assert rows["reported"].iloc[0].startswith("more than 1,000 (26 Mar 2022")


def test_statistics_follow_the_countries_through_their_coalitions(con):
    series = run(con, "latest_figures", countries=["LTU"])
    assert list(series["metric"]) == ["pledge"]


def test_latest_figure_is_the_most_recent(con):
    latest = run(con, "latest_figures").set_index("metric")
    assert latest.loc["cases", "value"] == 1500
    assert latest.loc["cases", "as_of_label"] == "May 2023"


@pytest.mark.parametrize("qualifier", QUALIFIERS)
@pytest.mark.parametrize("value", [19_000.0, 1_234_567.0, 7.5, 0.0])
def test_sql_says_a_figure_as_python_does(con, qualifier, value):
    (said,) = con.execute("SELECT figure_value(?, ?)", [value, qualifier]).fetchone()
    assert said == figure_value(value, qualifier)
    assert qualifier in QUALIFIER_WORDS, "every qualifier of the schema has its words"
