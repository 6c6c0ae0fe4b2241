"""Coverage: declared sizes against distinct members named, and the longest gap in each series."""

from __future__ import annotations

from datetime import date

from accountability import coverage
from accountability.__main__ import main


def test_a_member_with_conflicting_dates_counts_once(con):
    table = coverage.coalitions(con).set_index("coalition_id")
    assert table.loc["register", "records"] == 3  # LTU twice, with conflicting join dates
    assert table.loc["register", "named"] == 2
    assert table.loc["team", "named"] == 3


def test_a_shortfall_prints_the_coalitions_note_and_a_full_coalition_does_not(con):
    lines = coverage.coalition_lines(coverage.coalitions(con))
    assert lines == [
        "Coalition  Declared                             Named  Share  Left",
        "Register   40 signatories                           2     5%  ",
        "    below 90%: Few are named.",
        "Team       3 members                                3   100%  ",
    ]


def test_the_longest_gap_of_each_series_and_its_dates(con):
    table = coverage.gaps(con).set_index(["metric", "reported_by"])
    cases = table.loc[("cases", "pgo")]
    assert (cases["n_figures"], cases["gap_days"]) == (2, 2)
    assert (cases["gap_from"].date(), cases["gap_to"].date()) == (date(2022, 3, 26), date(2022, 3, 28))
    assert table.loc[("cases", "eurojust"), "n_figures"] == 1  # a single figure has no gap


def test_the_coverage_command_prints_both_tables(fixture_dir, capsys):
    assert main(["coverage", "--data", str(fixture_dir)]) == 0
    out = capsys.readouterr().out
    assert "Register   40 signatories" in out
    assert "cases / Prosecutor General's Office of Ukraine        2  2022-03-26  2022-03-28  2 days" in out
