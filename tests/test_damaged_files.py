"""A table file cut in half: the pages that need it name it and the fix, the others keep working,
the API answers 503 in the same words, and validate says so in one line, never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from accountability import db
from accountability.__main__ import main
from accountability.api_data import RESOURCES
from accountability.schema import TABLES
from tests import api_client
from tests.api_client import get

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = ["overview", "timeline", "coalitions", "cases", "sources"]
FIX = "python -m accountability build"


def damaged_copy(fixture_dir: Path, target: Path, table: str) -> Path:
    data = target / "data"
    shutil.copytree(fixture_dir, data)
    path = data / f"{table}.parquet"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return data


@pytest.fixture(params=sorted(TABLES))
def damaged(request, fixture_dir, tmp_path, monkeypatch):
    table = request.param
    data = damaged_copy(fixture_dir, tmp_path, table)
    monkeypatch.setenv("ACCOUNTABILITY_DATA", str(data))
    st.cache_data.clear()
    st.cache_resource.clear()
    api_client.reset()
    yield table, data
    st.cache_data.clear()
    st.cache_resource.clear()
    api_client.reset()


def test_each_page_names_the_damaged_file_it_needs_and_the_others_keep_working(damaged):
    table, _ = damaged
    needing = []
    for page in PAGES:
        at = AppTest.from_file(APP, default_timeout=60)
        if page != "overview":
            at.switch_page(f"pages/{page}.py")
        at.run()
        assert not at.exception, (table, page, [e.value for e in at.exception])
        errors = [e.value.replace("\\", "") for e in at.error]  # markdown escapes off
        if errors:
            needing.append(page)
            assert all(f"{table}.parquet" in e and FIX in e for e in errors), errors
        else:
            assert at.title, (table, page)  # a page that does not read the file draws as ever
        assert at.sidebar.get("code"), (table, page)  # the sidebar and its share link, on every page
    assert needing, f"no page says that {table}.parquet is damaged"
    if table not in ("actors", "sources", "citations"):  # every page names actors or cites sources
        assert len(needing) < len(PAGES), f"every page stopped over {table}.parquet"


def test_the_api_answers_503_in_the_same_words_where_a_route_needs_the_file(damaged):
    table, data = damaged
    message = db.connect(data).damaged[f"{table}.parquet"]
    statuses = {}
    for name, resource in RESOURCES.items():
        answer = get(f"/api/v1/{name}.json")
        statuses[name] = answer.status
        reads = set().union(*(db.tables_read(q) for q in resource.queries))
        if table in reads:
            assert answer.status == 503 and json.loads(answer.body)["error"] == message
        else:
            assert answer.status == 200, (name, answer.body[:200])
    assert 503 in statuses.values()
    assert message in json.loads(get("/api/v1/release.json").body)["damaged"]


def test_validate_names_the_damaged_file_in_one_line(damaged, capsys):
    table, data = damaged
    assert main(["validate", "--data", str(data)]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    lines = [line for line in out.out.splitlines() if line.startswith(f"{table}.parquet")]
    assert len(lines) == 1 and "cannot be read" in lines[0] and FIX in lines[0]
