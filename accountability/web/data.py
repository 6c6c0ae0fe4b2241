"""Where data enters the pages: the cached connection, cached named queries, lookups for links."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from types import MappingProxyType

import pandas as pd
import streamlit as st

from .. import db, lookups, page_data, releases
from ..config import MAP_OUTLINES, data_dir
from ..filters import Known
from ..shared import Shared, frozen
from ..text import escape_markdown

RELEASE = "_release"


def pin_release() -> None:
    """At the top of every run: the data release this run reads, so that one run never mixes two.

    Reading the one-line pointer costs microseconds; a new release is picked up on the next run.
    """
    st.session_state[RELEASE] = releases.current_id(data_dir()) or ""


def release_id() -> str:
    """The release this run reads ("" for a data directory without releases)."""
    return st.session_state.get(RELEASE, releases.current_id(data_dir()) or "")


def release_info() -> tuple[str, str]:
    """This run's release id and its date; without releases, "" and the day the data was built."""
    release = release_id()
    if release:
        return release, str(releases.load(data_dir(), release)["date"])
    built = releases.served_dir(data_dir()) / "events.parquet"
    return "", (date.fromtimestamp(built.stat().st_mtime).isoformat() if built.is_file() else "")


def release_records(limit: int) -> list[dict]:
    """The served release's record, then those before it, newest first; none without releases."""
    release = release_id()
    return releases.history(data_dir(), release, limit=limit) if release else []


@st.cache_resource(show_spinner=False, max_entries=2)
def _connection(release: str):
    """One locked-down DuckDB connection per release; each query takes its own cursor."""
    return db.connect(releases.served_dir(data_dir(), release))


def connection():
    return _connection(release_id())


# Query results by connection (one per release and data directory) and parameters. st.cache_data
# would hash the arguments and unpickle a copy on every hit, about a millisecond each, a dozen times
# a run; here a hit is a lookup and a shallow copy, which pandas' copy-on-write keeps from ever
# changing the kept frame. The connection in the key keeps results of another release or another
# data directory (tests) apart.
_RESULTS: Shared[pd.DataFrame] = Shared(max_entries=512)
_LOOKUPS: Shared = Shared(max_entries=8)


def query(name: str, **params) -> pd.DataFrame:
    """A named query's result on this run's release, kept by its parameters (frozen filters).

    Where a table file it reads is damaged, the page says which file and what to do, and stops
    there with DamagedData (app.py goes on with the sidebar): pages that do not read it are untouched.
    """
    con = connection()
    hit = {file: message for file, message in con.damaged.items()
           if file.removesuffix(".parquet") in db.tables_read(name)}
    try:
        if hit:
            raise db.DamagedData(hit)
        return _kept(con, name, **params)
    except db.DamagedData as error:
        for message in error.problems.values():
            st.error(escape_markdown(message), icon=":material/broken_image:")
        raise


def _kept(con, name: str, **params) -> pd.DataFrame:
    frame = _RESULTS.get((con, name, frozen(params)), lambda: db.run(con, name, **params))
    return frame.copy(deep=False)


# Queries started ahead of the page's own calls. DuckDB leaves Python's lock while it works, so a
# query here runs beside the one the page waits for; the page's call then finds the result kept,
# or waits for it (Shared computes each key once).
_AHEAD = ThreadPoolExecutor(max_workers=2, thread_name_prefix="query-ahead")


def prefetch(requests: Iterable[tuple[str, dict]]) -> None:
    """Start these (name, parameters) queries in the background on this run's release. A query that
    reads a damaged file is left to the page, which says so; a failure here is met again there."""
    con = connection()  # bound here: the background threads have no Streamlit run
    for name, params in requests:
        if not any(file.removesuffix(".parquet") in db.tables_read(name) for file in con.damaged):
            _AHEAD.submit(_kept, con, name, **params)


def _quiet_query(name: str, **params) -> pd.DataFrame:
    """A query for the sidebar, which every page draws: damage is told where a page needs the file."""
    return _kept(connection(), name, **params)


def sidebar() -> page_data.Sidebar:
    """The filters' choices and the data's span, made once per release (a few times a run otherwise)."""
    kept = _LOOKUPS.get((connection(), "sidebar"), lambda: page_data.sidebar(_quiet_query))
    return replace(kept, options=kept.options.copy(deep=False))


def actor_names() -> dict[str, str]:
    return sidebar().names


def known() -> Known:
    """What a link's countries and dates are checked against."""
    return Known(_country_lookup(), sidebar().span)


def _country_lookup() -> Mapping[str, str]:
    countries = lambda: MappingProxyType(lookups.known(sidebar()).countries)  # noqa: E731
    return _LOOKUPS.get((connection(), "countries"), countries)


@st.cache_resource(show_spinner=False)
def map_outlines() -> dict[str, tuple[float, float]]:
    """ISO3 code -> (lon, lat) centre of each country the outline file can draw.

    The smallest states (Malta, Monaco, ...) are not in it at this scale.
    """
    topology = json.loads(MAP_OUTLINES.read_text(encoding="utf-8"))
    return {
        g["id"]: tuple(g["properties"]["ct"])
        for g in topology["objects"]["countries"]["geometries"]
        if g.get("id")
    }
