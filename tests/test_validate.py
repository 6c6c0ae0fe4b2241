"""Validation: each kind of broken row yields exactly one message naming file, row and column."""

from __future__ import annotations

import copy

from accountability.validate import validate
from tests.fixture_data import TABLES, write_curated


def broken_tables():
    tables = copy.deepcopy(TABLES)
    events, memberships = tables["events"], tables["memberships"]
    statistics, citations = tables["statistics"], tables["citations"]
    events[0]["category"] = "party"  # not an allowed value (events.csv line 2)
    events[1]["date"] = "2023-05-17"  # written at day precision, marked month (line 3)
    memberships[0]["actor_id"] = "ATL"  # no such actor (memberships.csv line 2)
    memberships[1]["coalition_id"] = ""  # required (line 3)
    statistics[0]["value"] = "many"  # not a number (statistics.csv line 2)
    statistics[1]["as_of"] = "2022-02-30"  # no such day (line 3)
    statistics.append({**statistics[2], "stat_id": "st-9"})  # never cited (line 6)
    citations[0]["quote"] = "a sentence the document never says"  # not verbatim (sorted to line 3)
    citations.append({**citations[3], "source_id": "nowhere"})  # source does not exist
    return tables


EXPECTED = [
    "citations.csv:3: quote: quote is not verbatim in doc-1: 'a sentence the document never says'",
    "citations.csv:5: source_id: 'nowhere' is not in sources.csv",
    "events.csv:2: category: 'party' is not one of: agreement, accession, meeting or conference, warrant, "
    "institution launched, investigation, referral, attack, report, pledge, visit, ratification, "
    "statement, withdrawal, judgment, return, entry into force",
    "events.csv:3: date: '2023-05-17' is written at day precision but date_precision is month",
    "memberships.csv:2: actor_id: 'ATL' is not in actors.csv",
    "memberships.csv:3: coalition_id: is required",
    "statistics.csv:2: value: 'many' is not a number",
    "statistics.csv:3: as_of: '2022-02-30' is not a calendar date",
    "statistics.csv:6: stat_id: 'st-9' has no citation",
]


def test_clean_fixture_has_no_problems(tmp_path):
    write_curated(tmp_path)
    assert validate(tmp_path / "curated", tmp_path / "corpus") == []


def test_each_broken_row_gives_exactly_the_expected_message(tmp_path):
    write_curated(tmp_path, broken_tables())
    problems = [str(p) for p in validate(tmp_path / "curated", tmp_path / "corpus")]
    assert problems == EXPECTED


def test_missing_file_and_unknown_column_are_reported(tmp_path):
    write_curated(tmp_path)
    (tmp_path / "curated" / "metrics.csv").unlink()
    events = tmp_path / "curated" / "events.csv"
    lines = events.read_text().splitlines()
    lines[0] = lines[0].replace("place", "venue")
    events.write_text("\n".join(lines) + "\n")
    problems = [str(p) for p in validate(tmp_path / "curated", tmp_path / "corpus")]
    assert "metrics.csv:0: -: file is missing" in problems
    assert "events.csv:1: place: column is missing from the header" in problems
    assert "events.csv:1: venue: column is not part of the data model" in problems


def test_missing_corpus_file_is_reported(tmp_path):
    write_curated(tmp_path)
    (tmp_path / "corpus" / "doc-1.txt").unlink()
    problems = [str(p) for p in validate(tmp_path / "curated", tmp_path / "corpus")]
    assert problems == ["sources.csv:2: source_id: corpus file doc-1.txt is missing"]
