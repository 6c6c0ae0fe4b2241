"""Review: list candidates with their quotes, accept or reject them; the build shows accepted ones only."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from accountability.__main__ import main
from accountability.build import build
from tests.fixture_data import write_curated
from tests.test_ingest_store import ARTICLE, rows, snapshot, write


@pytest.fixture
def data(tmp_path):
    data = write_curated(tmp_path / "data")
    assert main(["ingest", str(write(tmp_path, "team.txt", ARTICLE)), "--data", str(data)]) == 0
    return data


def candidate_ids(data, table, key):
    return [r[key] for r in rows(data, table) if r["status"] == "candidate"]


def test_list_shows_every_candidate_with_its_quote_grouped_by_source(data, capsys):
    assert main(["review", "list", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "Team grows (Example News, 2022-07-15)" in out
    assert "membership" in out and "Estonia (EST) → team, member" in out
    assert "“Estonia, Latvia and Slovakia joined the joint investigation team on Thursday.”" in out
    assert "ev-4" in out  # the fixture's own candidate is listed too
    assert "Actors only unreviewed records use" in out and "EST" in out.split("Actors only")[1]


def test_accept_by_id_and_reject_by_id(data, capsys):
    memberships = candidate_ids(data, "memberships", "membership_id")
    assert main(["review", "accept", memberships[0], "--data", str(data)]) == 0
    assert main(["review", "reject", memberships[1], "--data", str(data)]) == 0
    status = {r["membership_id"]: r["status"] for r in rows(data, "memberships")}
    assert (status[memberships[0]], status[memberships[1]]) == ("accepted", "rejected")


def test_accept_everything_from_one_source_leaves_other_candidates(data):
    source = next(r["source_id"] for r in rows(data, "sources") if r["title"] == "Team grows")
    assert main(["review", "accept", "--source", source, "--data", str(data)]) == 0
    assert candidate_ids(data, "events", "event_id") == ["ev-4"]
    assert candidate_ids(data, "memberships", "membership_id") == []


def test_accepting_a_record_marks_its_proposed_coalition_reviewed(data):
    proposed = next(r for r in rows(data, "coalitions") if "Proposed by ingest" in r["note"])
    member = next(r for r in rows(data, "memberships") if r["coalition_id"] == proposed["coalition_id"])
    main(["review", "accept", member["membership_id"], "--data", str(data)])
    note = next(r["note"] for r in rows(data, "coalitions") if r["coalition_id"] == proposed["coalition_id"])
    assert note.endswith("accepted in review.")


def test_an_unknown_id_changes_nothing(data, capsys):
    before = snapshot(data)
    assert main(["review", "accept", "ev-9999", "--data", str(data)]) == 1
    assert "ev-9999" in capsys.readouterr().err
    assert snapshot(data) == before


def test_accept_or_reject_needs_something_to_act_on(data, capsys):
    assert main(["review", "accept", "--data", str(data)]) == 2


def test_the_build_keeps_accepted_and_candidates_and_drops_rejected(data):
    main(["review", "reject", "--all", "--data", str(data)])
    kept = build(data)
    assert kept
    statuses = set(pq.read_table(data / "memberships.parquet").column("status").to_pylist())
    assert statuses == {"accepted"}
    main(["review", "accept", "ev-4", "--data", str(data)])
    build(data)
    events = pq.read_table(data / "events.parquet").to_pylist()
    assert {e["event_id"] for e in events} >= {"ev-4"} and {e["status"] for e in events} == {"accepted"}


def test_a_proposed_coalition_shows_on_the_dashboard_only_with_unreviewed_records(data):
    from accountability import db

    build(data)
    con = db.connect(data)
    params = {"end_date": __import__("datetime").date(2030, 1, 1)}
    hidden = db.run(con, "coalition_columns", include_candidates=False, **params)
    shown = db.run(con, "coalition_columns", include_candidates=True, **params)
    proposed = next(r["coalition_id"] for r in rows(data, "coalitions") if "Proposed by ingest" in r["note"])
    assert proposed not in set(hidden["coalition_id"]) and proposed in set(shown["coalition_id"])
