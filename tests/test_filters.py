"""Filters from URL values: codes and names resolved, anything unknown dropped with a notice."""

from __future__ import annotations

from datetime import date

import pytest

from accountability.filters import Filters, parse_dates, resolve, share_query

LOOKUP = {"ltu": "LTU", "lithuania": "LTU", "pol": "POL", "poland": "POL", "eurojust": "eurojust"}
DEFAULT = (date(2022, 2, 24), date(2026, 3, 31))


def test_codes_and_names_resolve_in_any_case_without_duplicates():
    parsed = resolve(["ltu", "Poland", "LTU", "Lithuania"], LOOKUP, "countries")
    assert parsed.values == ["LTU", "POL"]
    assert parsed.notices == []


def test_unknown_codes_are_dropped_and_named():
    parsed = resolve(["LTU", "XXX", "<script>"], LOOKUP, "country codes")
    assert parsed.values == ["LTU"]
    assert parsed.notices == ["Ignored unknown country codes: “XXX”, “<script>”."]


def test_a_long_list_of_unknown_codes_is_summarised():
    parsed = resolve([f"Q{i}" for i in range(8)], LOOKUP, "countries")
    assert parsed.notices[0].endswith("and 3 more.")


def test_valid_range_is_kept():
    assert parse_dates(["2022-03-01", "2022-12-31"], DEFAULT) == ((date(2022, 3, 1), date(2022, 12, 31)), [])


def test_no_dates_is_the_default_without_notice():
    assert parse_dates([], DEFAULT) == (DEFAULT, [])


@pytest.mark.parametrize(
    ("tokens", "why"),
    [
        (["2023-12-31", "2022-01-01"], "it ends before it starts"),
        (["2022-02-30", "2022-12-31"], "real calendar dates"),
        (["yesterday", "today"], "real calendar dates"),
        (["2022-01-01"], "a range needs two dates"),
        (["1900-01-01", "2022-01-01"], "must fall between"),
    ],
)
def test_bad_ranges_give_the_default_and_say_why(tokens, why):
    value, notices = parse_dates(tokens, DEFAULT)
    assert value == DEFAULT
    assert len(notices) == 1 and why in notices[0]


def test_share_query_writes_codes_and_leaves_defaults_out():
    filters = Filters(start=DEFAULT[0], end=DEFAULT[1], countries=("LTU", "POL"))
    assert share_query(filters, DEFAULT, {"metric": "war_crimes_registered"}) == (
        "country=LTU&country=POL&metric=war_crimes_registered"
    )
    narrowed = Filters(start=date(2023, 1, 1), end=date(2023, 6, 30))
    assert share_query(narrowed, DEFAULT, {}) == "dates=2023-01-01&dates=2023-06-30"


def test_filters_are_hashable_so_they_key_caches():
    assert hash(Filters(start=DEFAULT[0], end=DEFAULT[1], countries=("LTU",)))
