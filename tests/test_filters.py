"""The one codec between a link's query and the filters: query strings in, filters and notices out."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, quote

import pytest

from accountability.filters import (
    MAX_VALUES,
    Filters,
    Known,
    canonical_query,
    parse_dates,
    query_string,
    read_page,
    read_pick,
    resolve,
)

LOOKUP = {"ltu": "LTU", "lithuania": "LTU", "pol": "POL", "poland": "POL", "eurojust": "eurojust"}
DEFAULT = (date(2022, 2, 24), date(2026, 3, 31))
KNOWN = Known(LOOKUP, DEFAULT)


def parse(text: str) -> tuple[Filters, list[str]]:
    return Filters.from_query(parse_qs(text, keep_blank_values=True), KNOWN)


# query string -> (countries, (start, end) or None for the default, candidates, words each notice holds)
CASES = {
    "good codes": ("country=LTU&country=POL", ("LTU", "POL"), None, False, []),
    "no query": ("", (), None, False, []),
    "names in any case": ("country=lithuania&country=POLAND", ("LTU", "POL"), None, False, []),
    "codes and names mixed": ("country=Lithuania&country=POL", ("LTU", "POL"), None, False, []),
    "a repeat is one": ("country=LTU&country=ltu&country=Lithuania", ("LTU",), None, False, []),
    "an organisation by id": ("country=eurojust", ("eurojust",), None, False, []),
    "unknown code": ("country=XXX&country=LTU", ("LTU",), None, False, ["unknown country codes", "XXX"]),
    "unknown repeated is named once": ("country=XXX&country=XXX&country=XXX", (), None, False, ["“XXX”."]),
    "a range": ("dates=2022-03-01&dates=2022-12-31", (), (date(2022, 3, 1), date(2022, 12, 31)), False, []),
    "reversed range": ("dates=2023-12-31&dates=2022-01-01", (), None, False, ["ends before it starts"]),
    "impossible date": ("dates=2022-02-30&dates=2022-12-31", (), None, False, ["real calendar dates"]),
    "compact dates are refused": ("dates=20220101&dates=20221231", (), None, False, ["written YYYY-MM-DD"]),
    "one date": ("dates=2022-01-01", (), None, False, ["needs two dates, it had 1"]),
    "three dates": (
        "dates=2022-01-01&dates=2022-02-01&dates=2022-03-01",
        (),
        None,
        False,
        ["needs two dates, it had 3"],
    ),
    "far past": ("dates=1900-01-01&dates=2022-01-01", (), None, False, ["must fall between"]),
    "far future": ("dates=2022-01-01&dates=9999-12-31", (), None, False, ["must fall between"]),
    "words for dates": ("dates=yesterday&dates=today", (), None, False, ["written YYYY-MM-DD"]),
    "digits of another script": (
        "dates=" + quote("２０２２-０１-０１") + "&dates=2022-12-31", (), None, False, ["written YYYY-MM-DD"]
    ),
    "candidates on": ("candidates=true", (), None, True, []),
    "candidates in other words": ("candidates=Yes", (), None, True, []),
    "candidates off": ("candidates=false", (), None, False, []),
    "candidates maybe": ("candidates=maybe", (), None, False, ["candidates=“maybe”", "true or false"]),
    "html is only text": (
        "country=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        (),
        None,
        False,
        ["“<script>alert(1)</script>”"],
    ),
    "sql is only text": ("country=LTU'%20OR%201%3D1--", (), None, False, ["unknown country codes"]),
    "path traversal is only text": ("country=..%2F..%2Fetc%2Fpasswd", (), None, False, ["../../etc/passwd"]),
    "control characters are shown escaped": ("country=A%00B%1BC", (), None, False, ["A\\x00B\\x1bC"]),
    "right-to-left and emoji": ("country=%E2%80%AEabc%F0%9F%98%80", (), None, False, ["\\u202eabc😀"]),
    "a long value is cut": ("country=" + "x" * 10_000, (), None, False, ["…"]),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_a_link_reads_as_these_filters_with_these_notices(case):
    text, countries, dates, candidates, words = CASES[case]
    filters, notices = parse(text)
    assert filters.countries == countries
    assert (filters.start, filters.end) == (dates or DEFAULT)
    assert filters.include_candidates is candidates
    if words:
        assert len(notices) == 1, notices
        assert all(word in notices[0] for word in words), notices
    else:
        assert notices == []


def test_hundreds_of_repeated_values_are_capped_with_a_notice():
    filters, notices = parse("&".join(["country=LTU"] * (MAX_VALUES + 50)))
    assert filters.countries == ("LTU",)
    assert notices == [f"Ignored 50 country codes after the first {MAX_VALUES}."]


def test_a_long_list_of_unknown_codes_is_summarised():
    _, notices = resolve([f"Q{i}" for i in range(8)], LOOKUP, "countries")
    assert notices[0].endswith("and 3 more.")


@pytest.mark.parametrize("case", [c for c in CASES if not CASES[c][4]])
def test_writing_then_reading_gives_the_same_filters(case):
    filters, _ = parse(CASES[case][0])
    again, notices = parse(query_string(filters.to_query(DEFAULT)))
    assert again == filters and notices == []


def test_the_canonical_query_writes_codes_and_leaves_defaults_out():
    filters, _ = parse("country=Lithuania&country=pol&candidates=false")
    assert query_string(filters.to_query(DEFAULT)) == "country=LTU&country=POL"
    narrowed = Filters(start=date(2023, 1, 1), end=date(2023, 6, 30), include_candidates=True)
    assert query_string(narrowed.to_query(DEFAULT)) == "dates=2023-01-01&dates=2023-06-30&candidates=true"


def test_picks_follow_the_filters_in_a_fixed_order():
    filters = Filters(start=DEFAULT[0], end=DEFAULT[1], countries=("LTU",))
    picks = {"metric": "pledge", "figures_page": "2", "coalition": ""}
    expected = "country=LTU&figures_page=2&metric=pledge"
    assert query_string(canonical_query(filters, DEFAULT, picks)) == expected


def test_a_pick_reads_an_id_or_a_label_and_names_what_it_ignores():
    lookup = {"pledge": "pledge", "pledges to the icc": "pledge"}
    assert read_pick(["Pledges to the ICC"], lookup, "metrics") == ("pledge", [])
    assert read_pick(["nothing"], lookup, "metrics") == (None, ["Ignored unknown metrics: “nothing”."])
    value, notices = read_pick(["pledge", "other"], lookup, "metrics")
    assert value == "pledge" and "1 more metrics after the first" in notices[0]


@pytest.mark.parametrize(
    ("tokens", "page", "noticed"),
    [([], 1, False), (["3"], 3, False), (["0"], 1, True), (["-2"], 1, True), (["two"], 1, True),
     (["٣"], 1, True), (["99999999999"], 1, True), (["9" * 5_000], 1, True)],
)
def test_a_page_number_is_a_whole_number_from_one(tokens, page, noticed):
    number, notices = read_page(tokens, "events")
    assert number == page and bool(notices) is noticed


def test_parse_dates_keeps_a_valid_range_and_gives_the_default_for_none():
    assert parse_dates(["2022-03-01", "2022-12-31"], DEFAULT) == ((date(2022, 3, 1), date(2022, 12, 31)), [])
    assert parse_dates([], DEFAULT) == (DEFAULT, [])


def test_filters_are_hashable_so_they_key_caches():
    assert hash(Filters(start=DEFAULT[0], end=DEFAULT[1], countries=("LTU",)))
