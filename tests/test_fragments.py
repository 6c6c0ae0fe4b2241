"""Merging researched fragments: only new rows go in, held sources and memberships are reused."""

from __future__ import annotations

from accountability.curated import csv_path, read_rows, write_rows
from accountability.fragments import merge
from accountability.validate import validate
from tests.fixture_data import _rows, write_curated


def _fragments(folder):
    fragments = {
        "sources": _rows(
            "source_id|title|outlet|published|published_precision|url|kind|note",
            "ref-aaaa|Register page again|Register|2023-05|month|http://www.example.org/register/|reference|",
            "ref-bbbb|Ukraine joins|News|2023-06|month|https://example.org/ukraine|reference|",
        ),
        "actors": _rows("actor_id|name|kind|iso3|aliases", "UKR|Ukraine|state|UKR|"),
        "memberships": _rows(
            "membership_id|coalition_id|actor_id|role|joined|joined_precision|left|left_precision|note|status",
            "m-9001|team|LTU|founding member|2022-03-25|day||||accepted",
            "m-9002|register|UKR|member|2023-06|month||||accepted",
        ),
        "citations": _rows(
            "record_table|record_id|source_id|quote|note",
            "memberships|m-9001|ref-aaaa||Lithuania founded the team.",
            "memberships|m-9002|ref-bbbb||Ukraine joined.",
        ),
        "coalitions_updates": _rows(
            "coalition_id|name|short_name|kind|established|established_precision|declared_size|declared_size_unit|note",
            "register|Register of damage|Register|register|2023-05|month|41|signatories|Corrected size.",
        ),
    }
    for name, rows in fragments.items():
        table = "coalitions" if name == "coalitions_updates" else name
        write_rows(folder / f"{name}.csv", table, rows)
    return folder


def test_fragments_add_only_what_is_new_and_reuse_held_sources_and_memberships(tmp_path):
    data = write_curated(tmp_path / "data")
    report = merge(data / "curated", [_fragments(tmp_path / "r9")])
    assert dict(report.added) == {"sources": 1, "memberships": 1, "citations": 2}
    assert report.skipped == [
        "r9/sources: ref-aaaa is held as ref-1",
        "r9/actors: UKR is held",
        "r9/memberships: m-9001 is held as m-1",
    ]
    assert report.updated == ["r9: coalition register"]
    _, citations = read_rows(csv_path(data / "curated", "citations"))
    moved = {(c["record_id"], c["source_id"]) for c in citations if c["record_id"] in ("m-1", "m-9002")}
    assert moved == {("m-1", "doc-1"), ("m-1", "ref-1"), ("m-9002", "ref-bbbb")}
    _, coalitions = read_rows(csv_path(data / "curated", "coalitions"))
    assert next(c for c in coalitions if c["coalition_id"] == "register")["declared_size"] == "41"
    assert validate(data / "curated", data / "corpus") == []
