"""The ingest command end to end on a small curated data set: what it writes, and what it never leaves."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from accountability.__main__ import main
from accountability.curated import csv_path, read_rows
from accountability.ingest import store
from accountability.validate import validate
from tests.fixture_data import write_curated

ARTICLE = (
    "title: Team grows\noutlet: Example News\npublished: 2022-07-15\n\n"
    "Estonia, Latvia and Slovakia joined the joint investigation team on Thursday.\n\n"
    "More than 1,200 cases were registered, the Prosecutor General's Office of Ukraine said.\n\n"
    "Poland and Lithuania joined the Dialogue Group on Accountability on 3 March 2023."
)
SECOND = "published: 2023-05-17\n\nBritain and the US signed the register of damage on Wednesday."


@pytest.fixture
def data(tmp_path) -> Path:
    return write_curated(tmp_path / "data")


def snapshot(data: Path) -> dict[str, bytes]:
    return {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}


def rows(data: Path, table: str) -> list[dict[str, str]]:
    return read_rows(csv_path(data / "curated", table))[1]


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_an_article_becomes_a_corpus_source_and_valid_candidate_records(data, tmp_path):
    article = write(tmp_path, "team.txt", ARTICLE)
    assert main(["ingest", str(article), "--data", str(data)]) == 0
    assert validate(data / "curated", data / "corpus") == []
    (source,) = [
        r for r in rows(data, "sources") if r["source_id"].startswith("doc-") and r["source_id"] != "doc-1"
    ]
    assert (source["title"], source["outlet"], source["published"], source["kind"]) == (
        "Team grows",
        "Example News",
        "2022-07-15",
        "corpus",
    )
    assert (data / "corpus" / f"{source['source_id']}.txt").exists()
    members = {
        (r["actor_id"], r["coalition_id"]) for r in rows(data, "memberships") if r["status"] == "candidate"
    }
    assert {("EST", "team"), ("LVA", "team"), ("SVK", "team")} <= members
    events = [r for r in rows(data, "events") if r["status"] == "candidate" and r["event_id"] != "ev-4"]
    assert {r["event_id"] for r in events} >= {"ev-0005"}  # numbering continues after ev-4
    figures = [r for r in rows(data, "statistics") if r["status"] == "candidate"]
    assert [(f["metric"], f["value"], f["qualifier"], f["reported_by"]) for f in figures] == [
        ("cases", "1200", "more_than", "pgo"),
    ]


def test_new_states_organisations_and_coalitions_are_written_and_marked(data, tmp_path):
    main(["ingest", str(write(tmp_path, "team.txt", ARTICLE)), "--data", str(data)])
    actors = {r["actor_id"]: r for r in rows(data, "actors")}
    assert actors["EST"]["kind"] == "state" and actors["EST"]["iso3"] == "EST"
    (proposed,) = [r for r in rows(data, "coalitions") if "Proposed by ingest" in r["note"]]
    assert proposed["name"] == "Dialogue Group on Accountability" and proposed["note"].endswith("unreviewed.")
    cited = [c for c in rows(data, "citations") if c["record_id"] == proposed["coalition_id"]]
    assert cited and "Dialogue Group on Accountability" in cited[0]["quote"]


def test_every_record_cites_its_sentence_verbatim(data, tmp_path):
    main(["ingest", str(write(tmp_path, "team.txt", ARTICLE)), "--data", str(data)])
    new = [c for c in rows(data, "citations") if c["source_id"] not in ("doc-1", "ref-1")]
    body = (data / "corpus" / f"{new[0]['source_id']}.txt").read_text().split("\n\n", 1)[1]
    assert new and all(c["quote"] and c["quote"] in body for c in new)


def test_a_second_copy_of_an_article_is_recognised_and_skipped(data, tmp_path, capsys):
    first = write(tmp_path, "a.txt", ARTICLE)
    copy = write(tmp_path, "b.md", ARTICLE.replace("Thursday.", "Thursday. ").replace("\n\n", "\n\n\n"))
    assert main(["ingest", str(first), str(copy), "--data", str(data)]) == 0
    assert "already in the corpus" in capsys.readouterr().out
    before = snapshot(data)
    assert main(["ingest", str(first), "--data", str(data)]) == 0
    assert snapshot(data) == before


def test_unreadable_files_get_one_line_each_and_the_others_go_on(data, tmp_path, capsys):
    good = write(tmp_path, "good.txt", SECOND)
    empty = write(tmp_path, "empty.txt", b"")
    binary = write(tmp_path, "scan.pdf", b"%PDF-1.4 \x00\x01")
    latin = write(tmp_path, "latin.txt", b"Caf\xe9 news")
    code = main(["ingest", str(empty), str(binary), str(good), str(latin), "--data", str(data)])
    err = capsys.readouterr().err
    assert code == 1
    for path, reason in [(empty, "empty file"), (binary, "binary file"), (latin, "not UTF-8")]:
        (line,) = [x for x in err.splitlines() if x.startswith(f"skipped {path}")]
        assert reason in line
    assert any(r["actor_id"] == "GBR" for r in rows(data, "memberships"))


def test_many_files_show_a_progress_bar(data, tmp_path, capsys):
    paths = [
        write(tmp_path, f"{i}.txt", f"published: 2023-05-17\n\nArticle {i} says nothing.") for i in range(3)
    ]
    main(["ingest", *map(str, paths), "--data", str(data)])
    assert "[" + "#" * 30 + "] 3/3" in capsys.readouterr().err


def test_the_json_report_lists_what_was_extracted(data, tmp_path):
    out = tmp_path / "out.json"
    main(["ingest", str(write(tmp_path, "team.txt", ARTICLE)), "--data", str(data), "--json", str(out)])
    (document,) = json.loads(out.read_text())["documents"]
    assert set(document) >= {"path", "source_id", "events", "memberships", "statistics"}
    assert set(document["events"][0]) >= {"date", "date_precision", "title", "place", "quote"}
    assert set(document["memberships"][0]) >= {"coalition", "member", "role", "joined", "quote"}
    assert document["statistics"][0] | {"quote": ""} == {
        "id": document["statistics"][0]["id"],
        "metric": "cases",
        "value": 1200,
        "qualifier": "more_than",
        "unit": "cases",
        "as_of": "2022-07-15",
        "reported_by": "pgo",
        "quote": "",
    }


def test_an_interruption_before_the_write_leaves_the_data_as_it_was(data, tmp_path, monkeypatch):
    before = snapshot(data)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("accountability.ingest.run.extract", interrupted)
    assert main(["ingest", str(write(tmp_path, "team.txt", ARTICLE)), "--data", str(data)]) == 130
    assert snapshot(data) == before


def test_a_result_that_would_not_validate_writes_nothing(data, tmp_path, monkeypatch, capsys):
    before = snapshot(data)
    from accountability.ingest import records

    real = records.add_article

    def broken(tables, *args):
        changed, placed = real(tables, *args)
        tables["citations"][-1]["quote"] = "a sentence the article never says"
        return changed, placed

    monkeypatch.setattr("accountability.ingest.run.add_article", broken)
    assert main(["ingest", str(write(tmp_path, "team.txt", ARTICLE)), "--data", str(data)]) == 1
    assert "quote is not verbatim" in capsys.readouterr().err
    assert snapshot(data) == before


@pytest.mark.parametrize("crash_at", [3, 7])
def test_a_crash_between_renames_is_finished_by_the_next_run(data, tmp_path, monkeypatch, crash_at):
    calls = {"n": 0}
    real_replace = os.replace

    def crash_after_two(source, target):
        staging = str(data / store.STAGING_PREFIX)
        if str(source).startswith(staging) and not str(target).startswith(staging):
            calls["n"] += 1  # a move from staging into the data
            if calls["n"] == crash_at:
                raise SystemExit("power cut")
        return real_replace(source, target)

    monkeypatch.setattr(store.os, "replace", crash_after_two)
    monkeypatch.setattr(store, "recover", lambda data_dir: False)  # the process dies: nothing finishes
    with pytest.raises(SystemExit):
        from accountability.ingest.run import ingest

        ingest([write(tmp_path, "team.txt", ARTICLE)], data)
    monkeypatch.undo()
    assert (data / store.JOURNAL).exists()
    if crash_at == 3:  # referenced tables move first: an early crash leaves nothing dangling
        assert validate(data / "curated", data / "corpus") == []
    assert main(["ingest", str(write(tmp_path, "other.txt", SECOND)), "--data", str(data)]) == 0
    assert not (data / store.JOURNAL).exists() and not list(data.glob(".ingest-*"))
    assert validate(data / "curated", data / "corpus") == []
    assert any(r["actor_id"] == "EST" for r in rows(data, "memberships"))


def test_a_second_ingest_waits_for_the_first(data, tmp_path, capsys):
    (data / store.LOCK).write_text(str(os.getpid()))
    assert main(["ingest", str(write(tmp_path, "a.txt", SECOND)), "--data", str(data)]) == 1
    assert "another ingest or review is running" in capsys.readouterr().err
    (data / store.LOCK).write_text("999999999")  # a process that is gone: its lock is taken over
    assert main(["ingest", str(write(tmp_path, "a.txt", SECOND)), "--data", str(data)]) == 0
    assert not (data / store.LOCK).exists()


def test_ingest_into_an_empty_data_directory_creates_the_tables(tmp_path):
    data = tmp_path / "fresh"
    assert main(["ingest", str(write(tmp_path, "a.txt", SECOND)), "--data", str(data)]) == 0
    assert validate(data / "curated", data / "corpus") == []
    assert {r["actor_id"] for r in rows(data, "actors")} == {"GBR", "USA"}


def test_every_kind_of_event_the_extractor_names_is_one_the_data_model_allows(tmp_path):
    from accountability import schema
    from accountability.ingest.extract_events import CUES

    assert {category for category, _ in CUES} <= set(schema.EVENT_CATEGORIES)
    data = write_curated(tmp_path / "data")
    article = "title: Home again\noutlet: Example News\npublished: 2024-05-03\n\n"
    article += "On 2 May 2024 Ukraine brought back 17 children from the occupied territories.\n"
    assert main(["ingest", str(write(tmp_path, "home.txt", article)), "--data", str(data)]) == 0
    assert [r["category"] for r in rows(data, "events") if "brought back" in r["title"]] == ["return"]
