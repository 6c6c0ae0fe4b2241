"""A membership whose coalition the text leaves unclear is proposed with the coalition left for review:
only a candidate may lack it, the build leaves it out, and `review edit` fills it in, all or nothing."""

from __future__ import annotations

import pytest

from accountability.__main__ import main
from accountability.build import build_tables
from accountability.ingest import extract_memberships
from accountability.ingest.review import NotEditable, edit
from accountability.ingest.store import Rejected
from accountability.validate import check_rows
from tests.fixture_data import TABLES, write_curated
from tests.ingest_helpers import view
from tests.test_ingest_store import rows, snapshot, write

UNCLEAR = (
    "title: Two more\noutlet: Example News\npublished: 2024-05-03\n\n"
    "Poland and Ukraine became members on 2 May 2024."
)


@pytest.fixture
def data(tmp_path):
    data = write_curated(tmp_path / "data")
    assert main(["ingest", str(write(tmp_path, "two.txt", UNCLEAR)), "--data", str(data)]) == 0
    return data


def pending(data) -> list[dict[str, str]]:
    return [r for r in rows(data, "memberships") if r["status"] == "candidate" and not r["coalition_id"]]


def test_members_of_an_unnamed_coalition_are_proposed_with_the_coalition_left_for_review():
    (first, second) = extract_memberships.extract(view("Poland and Ukraine became members on 2 May 2024."))
    assert [p.fields["actor_id"] for p in (first, second)] == ["POL", "UKR"]
    assert first.fields["coalition_id"] == "" and "left for review" in first.fields["note"]
    assert first.fields["joined"] == "2024-05-02"


def test_only_a_candidate_may_leave_its_coalition_empty():
    def problems(status):
        tables = {k: [dict(r) for r in v] for k, v in TABLES.items()}
        tables["memberships"][0].update(coalition_id="", status=status)
        return [p for p in check_rows(tables) if p.column == "coalition_id"]

    assert problems("candidate") == []
    assert [p.message for p in problems("accepted")] == ["is required"]


def test_the_build_leaves_out_a_membership_waiting_for_its_coalition(data):
    ids = {r["membership_id"] for r in pending(data)}
    built = build_tables(data / "curated", data / "corpus")
    assert ids and not ids & set(built["memberships"].column("membership_id").to_pylist())
    assert not ids & set(built["citations"].column("record_id").to_pylist())


def test_accepting_it_before_its_coalition_is_set_writes_nothing(data, capsys):
    before = snapshot(data)
    assert main(["review", "accept", pending(data)[0]["membership_id"], "--data", str(data)]) == 1
    assert "is required" in capsys.readouterr().err
    assert snapshot(data) == before


def test_edit_sets_the_coalition_and_then_it_can_be_accepted(data):
    record = pending(data)[0]["membership_id"]
    assert main(["review", "edit", record, "coalition_id=register", "--data", str(data)]) == 0
    assert main(["review", "accept", record, "--data", str(data)]) == 0
    row = next(r for r in rows(data, "memberships") if r["membership_id"] == record)
    assert (row["coalition_id"], row["status"]) == ("register", "accepted")


def test_an_edit_that_leaves_a_problem_writes_nothing(data):
    before = snapshot(data)
    with pytest.raises(Rejected):
        edit(data, pending(data)[0]["membership_id"], {"coalition_id": "no-such-coalition"})
    with pytest.raises(NotEditable):
        edit(data, pending(data)[0]["membership_id"], {"status": "accepted"})
    with pytest.raises(NotEditable):
        edit(data, "m-1", {"role": "member"})  # accepted already
    assert snapshot(data) == before
