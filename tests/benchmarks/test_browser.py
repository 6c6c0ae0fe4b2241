"""The browser benchmark's link: built from the data by the real queries, without a browser."""

from __future__ import annotations

from urllib.parse import parse_qs

from benchmarks.browser import _link


def test_the_benchmark_link_names_the_first_members_and_two_years(fixture_dir):
    query, extra = _link(fixture_dir)
    params = parse_qs(query)
    # Lithuania and Poland founded the team in March 2022; Ukraine is the state left to add.
    assert params["country"] == ["LTU", "POL"]
    assert params["dates"] == ["2022-03-25", "2024-03-25"]
    assert extra == "Ukraine"
