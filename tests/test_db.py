"""The connection reads the data directory and nothing else."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from accountability import db


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "INSTALL httpfs",
        "ATTACH '/tmp/other.duckdb' AS other",
        "SET enable_external_access=true",
        "COPY (SELECT 1) TO '/tmp/leak.csv'",
    ],
)
def test_connection_refuses_to_leave_the_data_directory(con, statement):
    with pytest.raises(duckdb.Error):
        with con.cursor() as cur:
            cur.execute(statement)


def test_a_data_directory_with_a_quote_in_its_name_is_read_and_still_locked(tmp_path, fixture_dir):
    data = tmp_path / "analyst's data"
    shutil.copytree(fixture_dir, data)
    con = db.connect(data)
    with con.cursor() as cur:
        assert cur.execute("SELECT count(*) FROM events").fetchone()[0] > 0
        with pytest.raises(duckdb.Error):
            cur.execute("SELECT * FROM read_csv('/etc/passwd')")


def test_missing_parquet_names_the_files_and_the_fix(tmp_path, fixture_dir):
    (tmp_path / "events.parquet").write_bytes((fixture_dir / "events.parquet").read_bytes())
    with pytest.raises(db.MissingData) as error:
        db.connect(tmp_path)
    assert "sources.parquet" in str(error.value)
    assert "python -m accountability build" in str(error.value)


def test_query_header_is_parsed():
    query = db.parse_query("q", "-- q: what it does\n-- params: $a, $b\n-- columns: x, y\nSELECT $a, $b")
    assert query.params == ("a", "b") and query.columns == ("x", "y") and query.description == "what it does"


def _hashes(directory):
    return {str(p): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "statement",
    [
        "COPY (SELECT 1 AS a) TO '{data}/events.parquet'",
        "COPY (SELECT 1 AS a) TO '{data}/events.parquet' (USE_TMP_FILE false)",
        "COPY (SELECT 1 AS a) TO '{data}/events.parquet' (FORMAT parquet, OVERWRITE true)",
        "COPY (SELECT 1 AS a) TO '{data}/added.parquet'",
        "COPY (SELECT 1 AS a) TO '{data}/digests/figure_days.parquet' (USE_TMP_FILE false)",
        "COPY events TO '{data}/events.csv'",
        "EXPORT DATABASE '{data}/export'",
        "SELECT 1; COPY (SELECT 1 AS a) TO '{data}/events.parquet' (USE_TMP_FILE false)",
        "CREATE TABLE copied AS SELECT * FROM events",
    ],
)
def test_the_serving_connection_cannot_change_or_add_a_data_file(tmp_path, fixture_dir, statement):
    data = tmp_path / "data"
    shutil.copytree(fixture_dir, data)
    before = _hashes(data)
    con = db.connect(data)
    for run in (con.execute, lambda sql: con.cursor().execute(sql)):
        with pytest.raises(duckdb.Error):
            run(statement.format(data=data))
    assert _hashes(data) == before
    with con.cursor() as cur:  # and it still reads
        assert cur.execute("SELECT count(*) FROM events").fetchone()[0] > 0


def test_a_query_knows_the_tables_it_reads_through_its_macros():
    assert db.tables_read("latest_figures") >= {"statistics", "memberships", "citations", "sources"}
    assert "events" not in db.tables_read("metric_options")
    assert db.tables_read("timeline_events") >= {"events", "actors", "coalitions", "citations"}


def test_a_name_that_is_not_the_data_models_never_reaches_a_statement():
    import pytest

    from accountability.schema import model_name

    assert model_name("events") == "events" and model_name("actor_id") == "actor_id"
    for name in ("events; DROP TABLE x", "read_csv('/etc/passwd')", "Events", ""):
        with pytest.raises(ValueError):
            model_name(name)
