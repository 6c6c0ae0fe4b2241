"""Validation of a parquet-only dataset: the rules the curated CSV follows, row by row."""

from __future__ import annotations

import shutil
from copy import deepcopy
from datetime import date

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from accountability.build import arrow_table, write_parquet
from accountability.schema import TABLES
from accountability.validate import validate, validate_parquet
from tests.fixture_data import TABLES as FIXTURE_TABLES
from tests.fixture_data import write_curated


def copy(fixture_dir, tmp_path):
    for table in TABLES:
        shutil.copy(fixture_dir / f"{table}.parquet", tmp_path / f"{table}.parquet")
    return tmp_path


def rewrite(path, column, index, value):
    table = pq.read_table(path)
    values = table.column(column).to_pylist()
    values[index] = value
    position = table.schema.get_field_index(column)
    table = table.set_column(
        position, table.schema.field(column), pa.array(values, table.schema.field(column).type)
    )
    pq.write_table(table, path)


def test_a_built_dataset_passes(fixture_dir):
    assert validate_parquet(fixture_dir) == []


def test_each_broken_row_gives_one_message(fixture_dir, tmp_path):
    data = copy(fixture_dir, tmp_path)
    rewrite(data / "events.parquet", "category", 0, "party")
    rewrite(data / "events.parquet", "date", 1, date(2023, 5, 17))  # its precision is month
    rewrite(data / "events.parquet", "actor_ids", 2, ["eurojust", "ATL"])
    rewrite(data / "memberships.parquet", "membership_id", 1, "m-1")
    rewrite(data / "statistics.parquet", "metric", 0, "")
    rewrite(data / "citations.parquet", "quote", 2, "a sentence the document never says")
    problems = [str(p) for p in validate_parquet(data)]
    assert problems == [
        "citations.parquet:3: quote: quote is not verbatim in doc-1: 'a sentence the document never says'",
        "citations.parquet:8: record_id: 'm-2' is not in memberships.parquet",
        "events.parquet:1: category: 'party' is not one of: agreement, accession, meeting or conference, "
        "warrant, institution launched, investigation, referral, attack, report, pledge, visit, "
        "ratification, statement, withdrawal, judgment, return, entry into force",
        "events.parquet:2: date: '2023-05-17' is not the first day of the period that date_precision names",
        "events.parquet:3: actor_ids: 'ATL' is not in actors.parquet",
        "memberships.parquet:2: membership_id: 'm-1' is used by an earlier row",
        "statistics.parquet:1: metric: '' is not in metrics.parquet",
        "statistics.parquet:1: metric: is required",
    ]


def test_many_bad_rows_are_named_a_few_then_counted(tmp_path):
    from benchmarks.synth import synthesize

    synthesize(300, tmp_path, seed=1, progress=lambda _: None)
    table = pq.read_table(tmp_path / "events.parquet")
    broken = pc.if_else(pa.array([True] * table.num_rows), "party", table.column("category"))
    pq.write_table(
        table.set_column(table.schema.get_field_index("category"), "category", broken),
        tmp_path / "events.parquet",
    )
    problems = [str(p) for p in validate_parquet(tmp_path)]
    assert len(problems) == 6
    assert problems[0] == "events.parquet:0: category: and 295 more rows like these"


def test_missing_file_and_wrong_type_are_reported(fixture_dir, tmp_path):
    data = copy(fixture_dir, tmp_path)
    (data / "metrics.parquet").unlink()
    events = pq.read_table(data / "events.parquet")
    events = events.set_column(1, "date", pc.cast(events.column("date"), pa.string()))
    pq.write_table(events, data / "events.parquet")
    assert [str(p) for p in validate_parquet(data)] == [
        "events.parquet:0: date: has type string, the model says date32[day]",
        "metrics.parquet:0: -: file is missing",
    ]


def test_the_same_broken_data_gives_the_same_problems_as_csv_and_as_parquet(tmp_path):
    """One set of rules: what is wrong reads the same whichever files hold the data."""
    tables = deepcopy(FIXTURE_TABLES)
    tables["events"][0]["category"] = "party"
    tables["events"][1]["actor_ids"] += ";ATL"
    tables["memberships"][0]["actor_id"] = "ATL"
    tables["memberships"].append({**tables["memberships"][1]})  # its id again
    tables["citations"][0]["quote"] = "a sentence the document never says"
    tables["statistics"].append({**tables["statistics"][2], "stat_id": "st-9"})  # never cited
    data = write_curated(tmp_path / "csv", tables)
    by_csv = validate(data / "curated", data / "corpus")
    parquet = tmp_path / "parquet"
    write_parquet({name: arrow_table(name, rows, data / "corpus") for name, rows in tables.items()}, parquet)
    by_parquet = validate_parquet(parquet)

    def what(problems, suffix):
        return sorted(
            (p.file.removesuffix(suffix), p.column, p.message.replace(suffix, "")) for p in problems
        )

    assert what(by_csv, ".csv") == what(by_parquet, ".parquet")
    assert len(by_csv) == 6
