"""The benchmark's own queries follow the header convention of queries/ and run on fixture data."""

from __future__ import annotations

import re

import pytest

from accountability import db
from benchmarks.bench import QUERIES, scale_and_countries


@pytest.mark.parametrize("name", sorted(db.queries(QUERIES)))
def test_benchmark_query_has_a_header_and_returns_its_documented_columns(con, name):
    query = db.queries(QUERIES)[name]
    assert query.description, f"{name}.sql has no header line naming its purpose"
    body = "\n".join(line for line in query.sql.splitlines() if not line.startswith("--"))
    assert set(re.findall(r"\$(\w+)", body)) == set(query.params) == set()
    frame = db.run_query(con, query)
    assert tuple(frame.columns) == query.columns and len(frame) > 0


def test_the_benchmark_counts_the_tables_and_picks_a_popular_and_a_rarer_state(fixture_dir):
    scale, countries = scale_and_countries(fixture_dir)
    assert set(scale) == {"events", "memberships", "statistics"}
    assert all(isinstance(count, int) and count > 0 for count in scale.values())
    assert len(countries) == 2
