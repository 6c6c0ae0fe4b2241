"""Digests: the small tables written beside the eight. A page gets the same answer from a digest's
file as from the digest's query run on the tables, over every filter; a digest that is missing,
damaged or left from other tables is not read."""

from __future__ import annotations

import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from accountability import db, digests
from accountability.config import DIGESTS
from benchmarks.synth import synthesize

# the queries that take the filters and read digests
FILTERED = ("latest_figures", "disagreements", "metric_bins", "metric_series")
WHOLE = ("metric_options", "dataset_summary", "date_span", "filter_options", "source_list")


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("synthetic")
    synthesize(4_000, data, seed=11, progress=lambda _: None)
    return data


@pytest.fixture(scope="module")
def without_digests(synthetic, tmp_path_factory) -> Path:
    """The same tables with no digest files: every digest is computed from the tables on use."""
    copy = tmp_path_factory.mktemp("bare")
    for table in synthetic.glob("*.parquet"):
        shutil.copy(table, copy / table.name)
    return copy


@pytest.fixture(scope="module")
def varied(synthetic, tmp_path_factory) -> Path:
    """The synthetic tables with what they lack, and digests written for them: figures without a
    citation, sources without an outlet or an address, one metric reported in two units."""
    data = tmp_path_factory.mktemp("varied")
    for table in synthetic.glob("*.parquet"):
        shutil.copy(table, data / table.name)
    citations, sources, statistics = (
        pq.read_table(data / f"{name}.parquet").to_pandas() for name in ("citations", "sources", "statistics")
    )
    citations = citations[~((citations["record_table"] == "statistics") & (citations.index % 7 == 0))]
    sources.loc[sources.index % 5 == 0, "outlet"] = None
    sources.loc[sources.index % 3 == 0, "url"] = None
    twice = (statistics["metric"] == "children_deported") & (statistics.index % 4 == 0)
    statistics.loc[twice, "unit"] = "persons"
    for name, frame in (("citations", citations), ("sources", sources), ("statistics", statistics)):
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), data / f"{name}.parquet")
    digests.write(data)
    return data


# The macros that read digests, written over the tables alone: what every digest-backed answer must equal.
TABLES_ONLY = """
CREATE VIEW cited_sources AS {cited};
CREATE VIEW headline_sources AS SELECT * FROM figure_lines();
CREATE MACRO figure_groups(c, s, e, i) AS TABLE SELECT * FROM figure_groups_in(c, s, e, i);
CREATE MACRO reporter_groups(c, s, e, i) AS TABLE SELECT * FROM reporter_groups_in(c, s, e, i);
CREATE MACRO figure_rows(c, s, e, i) AS TABLE
    SELECT f.stat_id, f.metric, f.value, f.qualifier, f.unit, f.as_of, f.as_of_precision, f.reported_by,
           f.note, f.status, l.outlets, l.citations
    FROM filtered_statistics(c, s, e, i) f LEFT JOIN figure_lines() l ON l.record_id = f.stat_id;
"""


def tables_only(data: Path) -> db.Connection:
    con, damaged = db.open_tables(data)
    cited = db.queries(db.QUERIES_DIR / DIGESTS)["cited_sources"].sql.strip().rstrip(";")
    con.execute(TABLES_ONLY.format(cited=cited))
    con.execute((db.QUERIES_DIR / "digest_macros" / "records.sql").read_text(encoding="utf-8"))
    return db.Connection(con, data, damaged)


def _filters(con, n: int, seed: int = 5):
    """Ranges that start and end inside months, on month edges, inside one month, outside the data;
    with and without countries and candidates."""
    span = db.run(con, "date_span").iloc[0]
    first, last = span["first_date"].date(), span["last_date"].date()
    countries = list(db.run(con, "filter_options")["actor_id"])
    rng = random.Random(seed)
    fixed = [
        ([], first, last),
        ([], date(2023, 3, 1), date(2023, 5, 31)),  # whole months
        ([], date(2023, 3, 15), date(2023, 3, 20)),  # inside one month
        ([], date(2023, 3, 1), date(2023, 3, 20)),  # from a month's first day to inside it
        ([], date(2023, 3, 15), date(2024, 2, 29)),
        ([], date(2040, 1, 1), date(2041, 1, 1)),  # after the data
        (countries[:1], first, last),
    ]
    for countries_, start, end in fixed:
        yield countries_, start, end, False
    for _ in range(n):
        start = first + timedelta(days=rng.randrange((last - first).days))
        end = start + timedelta(days=rng.choice([0, 3, 30, 200, 900]))
        chosen = rng.sample(countries, rng.choice([0, 0, 1, 2]))
        yield chosen, start, end, rng.random() < 0.5


def test_digest_files_are_written_with_the_tables_and_read(synthetic):
    assert sorted(p.stem for p in (synthetic / DIGESTS).glob("*.parquet")) == digests.names()
    assert sorted(p.stem for p in db.connect(synthetic).digest_files) == digests.names()


def test_a_digest_file_holds_what_its_query_computes(synthetic, without_digests):
    computed = db.open_tables(without_digests)[0]
    for name, query in db.queries(db.QUERIES_DIR / DIGESTS).items():
        written = pq.read_table(synthetic / DIGESTS / f"{name}.parquet").to_pandas()
        expected = computed.sql(query.sql).df()
        assert written.astype(str).equals(expected.astype(str)), name


@pytest.mark.parametrize("name", FILTERED)
def test_filtered_queries_agree_with_and_without_digest_files(synthetic, without_digests, name):
    fast, slow = db.connect(synthetic), db.connect(without_digests)
    assert not slow.digest_files
    for countries, start, end, candidates in _filters(fast, 25):
        given = dict(countries=countries, start_date=start, end_date=end, include_candidates=candidates)
        given |= {"limit": 100, "offset": 0, "metric": "children_deported", "bin": "month"}
        params = {k: v for k, v in given.items() if k in db.queries()[name].params}
        a, b = db.run(fast, name, **params), db.run(slow, name, **params)
        assert a.astype(str).equals(b.astype(str)), (name, countries, start, end, candidates)


@pytest.mark.parametrize("name", FILTERED)
def test_filtered_queries_from_digests_equal_the_tables_alone(varied, name):
    """Every metric, every period, two pages: the digest-backed answer against one computed from the
    tables with no digest at all, on data with figures lacking sources and a metric in two units."""
    fast, reference = db.connect(varied), tables_only(varied)
    assert len(fast.digest_files) == len(digests.names())
    metrics = list(db.run(fast, "metric_options", include_candidates=True)["metric"])
    takes = db.queries()[name].params
    for countries, start, end, candidates in _filters(fast, 10, seed=3):
        given = dict(countries=countries, start_date=start, end_date=end, include_candidates=candidates)
        for metric in metrics if "metric" in takes else [None]:
            for bin_ in ("day", "week", "month", "quarter") if "bin" in takes else [None]:
                for offset in (0, 20) if "offset" in takes else [None]:
                    params = given | {"metric": metric, "bin": bin_, "limit": 20, "offset": offset}
                    params = {k: v for k, v in params.items() if k in takes}
                    a, b = db.run(fast, name, **params), db.run(reference, name, **params)
                    assert a.astype(str).equals(b.astype(str)), (name, params)


GROUPED = {
    "figure_groups": "SELECT coalesce(sum(n_figures), 0) "
    "FROM figure_groups($1::VARCHAR[], $2::DATE, $3::DATE, $4)",
    "reporter_groups": "SELECT coalesce(sum(n_figures), 0) "
    "FROM reporter_groups($1::VARCHAR[], $2::DATE, $3::DATE, $4)",
}


@pytest.mark.parametrize("groups", sorted(GROUPED))
def test_figure_groups_count_every_figure_of_the_range_once(synthetic, groups):
    """The digest's groups inside a range add up to the figures in it, month- and year-only ones too."""
    con = db.connect(synthetic)
    for countries, start, end, candidates in _filters(con, 25, seed=8):
        args = [countries, start, end, candidates]
        grouped = con.execute(GROUPED[groups], args).fetchone()[0]
        counted = con.execute(
            "SELECT count(*) FROM filtered_statistics($1::VARCHAR[], $2::DATE, $3::DATE, $4)", args
        ).fetchone()[0]
        assert grouped == counted, (countries, start, end, candidates)


def test_the_figures_the_digest_names_have_their_sources_in_the_small_file(synthetic):
    """Without countries, the latest figures and disagreements take their sources from headline_sources:
    it holds the line of every figure figure_days names, as the lookup among all citations gives it."""
    con = db.connect(synthetic)
    named = con.execute(
        "SELECT list(DISTINCT id) FROM (SELECT top.stat_id AS id FROM figure_days "
        "UNION ALL SELECT unnest(first_five).stat_id FROM figure_days)"
    ).fetchone()[0]
    kept = con.execute("SELECT * FROM figure_sources([]::VARCHAR[], $1) ORDER BY record_id", [named]).df()
    looked_up = con.execute("SELECT * FROM record_sources('statistics', $1) ORDER BY record_id", [named]).df()
    assert len(kept) > 100 and kept.equals(looked_up)


@pytest.mark.parametrize("name", WHOLE)
def test_whole_dataset_queries_agree_with_and_without_digest_files(synthetic, without_digests, name):
    params = {"include_candidates": True, "limit": 50, "offset": 20}
    params = {k: v for k, v in params.items() if k in db.queries()[name].params}
    a = db.run(db.connect(synthetic), name, **params)
    b = db.run(db.connect(without_digests), name, **params)
    assert len(a) and a.astype(str).equals(b.astype(str))


def test_digests_left_from_other_tables_are_not_read(synthetic, tmp_path):
    """Tables written again without their digests: the old digests would answer for other rows."""
    data = tmp_path / "data"
    shutil.copytree(synthetic, data)
    statistics = pq.read_table(data / "statistics.parquet")
    pq.write_table(statistics.slice(0, statistics.num_rows // 2), data / "statistics.parquet")
    con = db.connect(data)
    assert not any(p.stem == "figure_days" for p in con.digest_files)
    summary = db.run(con, "dataset_summary", include_candidates=True).iloc[0]
    assert summary["figures"] == statistics.num_rows // 2


def test_a_damaged_digest_file_is_computed_instead(synthetic, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(synthetic, data)
    path = data / DIGESTS / "source_listing.parquet"
    path.write_bytes(path.read_bytes()[:100])
    con = db.connect(data)
    assert path not in con.digest_files and not con.damaged
    assert len(db.run(con, "source_list", limit=10, offset=0)) == 10


def test_citations_are_kept_by_record_and_by_source(fixture_dir, synthetic):
    """The orders that let a lookup of some records' sources, or of one source's records, skip most of
    a file."""
    for data in (fixture_dir, synthetic):
        by_record = pq.read_table(data / "citations.parquet").to_pylist()
        keys = [(r["record_table"], r["record_id"], r["source_id"]) for r in by_record]
        assert keys == sorted(keys)
        by_source = pq.read_table(data / DIGESTS / "source_citations.parquet").to_pylist()
        keys = [(r["source_id"], r["record_table"], r["record_id"]) for r in by_source]
        assert keys == sorted(keys) and len(keys) == len(by_record)


def test_a_release_cut_before_digests_gets_them_on_the_next_release(tmp_path):
    from accountability import releases
    from tests.fixture_data import write_curated

    root = write_curated(tmp_path / "data")
    record, new = releases.cut(root, date(2026, 1, 1))
    served = releases.served_dir(root, record["id"])
    shutil.rmtree(served / DIGESTS)
    assert digests.stale(served) == digests.names()
    again, new = releases.cut(root, date(2026, 1, 2))
    assert not new and again["id"] == record["id"]
    assert digests.stale(served) == [] and not releases.verify(root)
