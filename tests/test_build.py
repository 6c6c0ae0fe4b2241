"""The build: reproducible, atomic, and the committed parquet equals a fresh build."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from accountability.build import BuildError, build, build_tables
from accountability.config import DEFAULT_DATA_DIR
from accountability.releases import served_dir, verify
from accountability.schema import TABLES
from tests.fixture_data import write_curated


def test_build_is_byte_for_byte_reproducible(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    build(write_curated(first))
    build(write_curated(second))
    for table in TABLES:
        assert (first / f"{table}.parquet").read_bytes() == (second / f"{table}.parquet").read_bytes()


def test_built_types_follow_the_model(fixture_dir):
    events = pq.read_table(fixture_dir / "events.parquet")
    assert str(events.schema.field("date").type) == "date32[day]"
    assert pa.types.is_list(events.schema.field("actor_ids").type)
    sources = pq.read_table(fixture_dir / "sources.parquet").to_pylist()
    document = next(s for s in sources if s["source_id"] == "doc-1")
    assert document["text"].startswith("Lithuania and Poland signed")


def test_failed_build_leaves_the_old_parquet_untouched(tmp_path):
    build(write_curated(tmp_path))
    before = {t: (tmp_path / f"{t}.parquet").read_bytes() for t in TABLES}
    events = tmp_path / "curated" / "events.csv"
    events.write_text(events.read_text().replace("agreement,Kyiv", "party,Kyiv"))
    with pytest.raises(BuildError):
        build(tmp_path)
    assert before == {t: (tmp_path / f"{t}.parquet").read_bytes() for t in TABLES}
    assert not list(tmp_path.glob(".build-*"))


def test_committed_parquet_equals_a_fresh_build():
    """The served release holds what the curated data builds to, and its files match its record."""
    served = served_dir(DEFAULT_DATA_DIR)
    assert served != DEFAULT_DATA_DIR, "the bundled data is served from data/releases/"
    assert verify(DEFAULT_DATA_DIR) == []
    fresh = build_tables(DEFAULT_DATA_DIR / "curated", DEFAULT_DATA_DIR / "corpus")
    for table, expected in fresh.items():
        committed = pq.read_table(served / f"{table}.parquet")
        assert committed.schema.equals(expected.schema), table
        assert committed.equals(expected), f"{served.name}/{table}.parquet is stale: run `make release`"
