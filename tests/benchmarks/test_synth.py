"""Synthetic data: the real schema, the asked scale, a realistic shape, the same files for a seed."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from accountability import db
from accountability.__main__ import main
from accountability.filters import Filters
from accountability.schema import TABLES
from accountability.validate import validate_parquet
from benchmarks.__main__ import main as benchmarks_main
from benchmarks.synth import synthesize

EVENTS = 5_000


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    out = tmp_path_factory.mktemp("synthetic")
    synthesize(EVENTS, out, seed=7, progress=lambda _: None)
    return out


def test_synthetic_data_passes_validation(synthetic):
    assert validate_parquet(synthetic) == []


def test_the_same_seed_writes_the_same_files_and_another_seed_does_not(synthetic, tmp_path):
    synthesize(EVENTS, tmp_path / "again", seed=7, progress=lambda _: None)
    synthesize(EVENTS, tmp_path / "other", seed=8, progress=lambda _: None)
    for table in TABLES:
        name = f"{table}.parquet"
        assert (synthetic / name).read_bytes() == (tmp_path / "again" / name).read_bytes(), table
    assert (synthetic / "events.parquet").read_bytes() != (tmp_path / "other" / "events.parquet").read_bytes()


def test_scale_and_shape_are_as_asked(synthetic):
    con = db.connect(synthetic)

    def one(sql: str):
        return con.execute(sql).fetchone()

    assert one("SELECT count(*) FROM events") == (EVENTS,)
    assert one("SELECT count(*) FROM statistics") == (EVENTS,)
    assert one("SELECT count(*), count(*) FILTER (WHERE kind = 'state') FROM actors") == (300, 190)
    assert one("SELECT count(*) FROM coalitions") == (60,)
    assert one("SELECT min(date) >= DATE '2022-01-01', max(date) <= DATE '2026-12-31' FROM events") == (
        True,
        True,
    )
    by_year = dict(con.execute("SELECT year(date), count(*) FROM events GROUP BY 1").fetchall())
    assert by_year[2022] < by_year[2024] < by_year[2026]  # more recent years are denser
    busiest, median = one(
        "SELECT max(n), median(n) FROM "
        "(SELECT count(*) AS n FROM events WHERE date_precision = 'day' GROUP BY date)"
    )
    assert busiest > 4 * median  # news comes in bursts
    assert one("SELECT count(DISTINCT metric) >= 8, count(DISTINCT reported_by) >= 30 FROM statistics") == (
        True,
        True,
    )
    assert one("SELECT count(DISTINCT qualifier) FROM statistics") == (5,)
    assert one('SELECT count(*) > 0 FROM memberships WHERE "left" IS NOT NULL') == (True,)
    assert one("SELECT count(*) > 0 FROM sources WHERE kind = 'corpus'") == (True,)


def test_sources_disagree_on_figures_as_real_ones_do(synthetic):
    filters = Filters(start=date(2022, 1, 1), end=date(2026, 12, 31))
    rows = db.run(db.connect(synthetic), "disagreements", **filters.params(), limit=10, offset=0)
    assert len(rows) == 10 and rows["n_total"].iloc[0] > 10


def test_synth_and_validate_commands(tmp_path, capsys):
    assert benchmarks_main(["synth", "--events", "2k", "--out", str(tmp_path), "--seed", "1"]) == 0
    assert "wrote 2,000 events" in capsys.readouterr().out
    assert main(["validate", "--data", str(tmp_path)]) == 0
    assert "no problems found" in capsys.readouterr().out
    with duckdb.connect() as con:
        events = str(tmp_path / "events.parquet")
        assert con.execute("SELECT count(*) FROM read_parquet(?)", [events]).fetchone() == (2_000,)


def test_counts_accept_suffixes():
    from benchmarks.commands import count

    assert [count("10000"), count("100k"), count("1M"), count("2.5m"), count("1_000")] == [
        10_000,
        100_000,
        1_000_000,
        2_500_000,
        1_000,
    ]
