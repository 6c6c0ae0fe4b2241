from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st

from accountability import db
from accountability.build import build
from tests.fixture_data import write_curated


@pytest.fixture(scope="session")
def fixture_dir(tmp_path_factory) -> Path:
    """Tiny curated data, built to parquet by the real build."""
    data = write_curated(tmp_path_factory.mktemp("data"))
    build(data)
    return data


@pytest.fixture(scope="session")
def con(fixture_dir):
    return db.connect(fixture_dir)


@pytest.fixture
def app_data(fixture_dir, monkeypatch):
    """Point the app at the fixture data, with Streamlit's caches empty."""
    monkeypatch.setenv("ACCOUNTABILITY_DATA", str(fixture_dir))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield fixture_dir
    st.cache_data.clear()
    st.cache_resource.clear()
