"""Data releases: recorded with what changed, checked against their files, served by one switch."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from accountability import db, releases
from accountability.__main__ import main
from tests.fixture_data import TABLES, write_curated

FIRST, SECOND, THIRD = date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1)
REF = {"title": "Register page", "outlet": "Register", "url": "https://example.org/register"}


def _edited() -> dict[str, list[dict[str, str]]]:
    """The fixture with one membership added, one changed and one event removed."""
    tables = {name: [dict(row) for row in rows] for name, rows in TABLES.items()}
    tables["memberships"].append(
        dict(
            membership_id="m-7",
            coalition_id="register",
            actor_id="UKR",
            role="member",
            joined="2023-06",
            joined_precision="month",
            left="",
            left_precision="",
            note="",
            status="accepted",
        )
    )
    eurojust = next(r for r in tables["memberships"] if r["membership_id"] == "m-3")
    eurojust.update(joined="2022-05-12", joined_precision="day")
    tables["events"] = [r for r in tables["events"] if r["event_id"] != "ev-4"]
    tables["citations"] = [r for r in tables["citations"] if r["record_id"] != "ev-4"]
    tables["citations"].append(
        dict(record_table="memberships", record_id="m-7", source_id="ref-1", quote="", note="Member.")
    )
    return tables


@pytest.fixture
def released(tmp_path):
    """The fixture data with its first release cut."""
    write_curated(tmp_path)
    record, new = releases.cut(tmp_path, FIRST)
    assert new
    return tmp_path, record


def test_the_first_release_records_its_files_and_counts_and_is_served(released):
    root, record = released
    assert re.fullmatch(r"2024-01-01-[0-9a-f]{8}", record["id"])
    assert releases.current_id(root) == record["id"]
    assert record["previous"] is None and record["changelog"] == []
    assert record["counts"] == {
        "sources": 2,
        "actors": 5,
        "coalitions": 2,
        "metrics": 2,
        "events": 4,
        "memberships": 6,
        "statistics": 4,
        "citations": 16,
    }
    assert record["changes"]["events"]["added"] == ["ev-1", "ev-2", "ev-3", "ev-4"]
    assert json.loads((root / "releases" / f"{record['id']}.json").read_text()) == record
    assert releases.verify(root) == []
    with db.connect(root).cursor() as cur:
        assert cur.execute("SELECT count(*) FROM memberships").fetchone() == (6,)


def test_releasing_unchanged_data_keeps_the_current_release(released):
    root, record = released
    assert releases.cut(root, SECOND) == (record, False)


def test_a_release_records_what_was_added_changed_and_removed(released):
    root, first = released
    write_curated(root, _edited())
    second, new = releases.cut(root, SECOND)
    assert new and second["previous"] == first["id"] and second["id"].startswith("2024-02-01-")
    empty = {"added": [], "changed": [], "removed": []}
    assert second["changes"] == {
        "sources": empty,
        "actors": empty,
        "coalitions": empty,
        "metrics": empty,
        "events": {"added": [], "changed": [], "removed": ["ev-4"]},
        "memberships": {"added": ["m-7"], "changed": ["m-3"], "removed": []},
        "statistics": empty,
        "citations": {"added": ["memberships/m-7/ref-1"], "changed": [], "removed": ["events/ev-4/ref-1"]},
    }
    assert second["changelog"] == [
        {
            "table": "memberships",
            "id": "m-7",
            "change": "added",
            "sources": [REF],
            "text": "Ukraine joined the Register of damage as a member, Jun 2023",
        },
        {
            "table": "memberships",
            "id": "m-3",
            "change": "changed",
            "sources": [REF],
            "text": "Corrected: Eurojust joined the Joint team as a participant, 12 May 2022 "
            "(changed: joined, joined_precision)",
        },
        {
            "table": "events",
            "id": "ev-4",
            "change": "removed",
            "sources": [REF],
            "text": "Removed: Unreviewed meeting, 1 Jun 2024",
        },
    ]
    assert second["counts"]["memberships"] == 7 and second["counts"]["events"] == 3
    assert [r["id"] for r in releases.history(root)] == [second["id"], first["id"]]


def test_a_reader_keeps_its_release_while_the_next_is_switched_in(released):
    root, first = released
    reading = db.connect(root)
    write_curated(root, _edited())
    releases.cut(root, SECOND)
    with reading.cursor() as cur:  # opened on the first release: still whole, still the first
        assert cur.execute("SELECT count(*) FROM memberships").fetchone() == (6,)
    with db.connect(root).cursor() as cur:
        assert cur.execute("SELECT count(*) FROM memberships").fetchone() == (7,)


def test_old_release_files_are_pruned_but_their_records_stay(released):
    root, first = released
    write_curated(root, _edited())
    second, _ = releases.cut(root, SECOND)
    write_curated(root)
    third, _ = releases.cut(root, THIRD)
    assert not (root / "releases" / first["id"]).exists()
    assert (root / "releases" / second["id"]).is_dir() and (root / "releases" / third["id"]).is_dir()
    assert [r["id"] for r in releases.history(root)] == [third["id"], second["id"], first["id"]]
    assert releases.verify(root) == []


def test_validation_refuses_a_release_whose_files_do_not_match_its_record(released):
    root, record = released
    directory = root / "releases" / record["id"]
    (directory / "events.parquet").write_bytes((directory / "actors.parquet").read_bytes())
    (directory / "extra.parquet").write_bytes(b"")
    assert releases.verify(root) == [
        f"releases/{record['id']}/extra.parquet: not recorded",
        f"releases/{record['id']}/events.parquet: does not match the hash its release records",
    ]
    assert main(["validate", "--data", str(root)]) == 1
    assert main(["release", "--check", "--data", str(root)]) == 1


def test_a_record_whose_id_does_not_match_its_files_is_refused(released):
    root, record = released
    path = root / "releases" / f"{record['id']}.json"
    path.write_text(json.dumps({**record, "files": {**record["files"], "events.parquet": "0" * 64}}))
    assert releases.verify(root)[0] == (
        f"{record['id']}.json: the id does not match the date and file hashes it records"
    )


def test_a_data_directory_without_releases_is_served_as_it_is(fixture_dir):
    assert releases.served_dir(fixture_dir) == fixture_dir
    assert releases.verify(fixture_dir) == []
