"""What pages share in Streamlit: the cached connection and queries, URL seeding, notices.

Page layout lives in pages/; this module only moves data between the URL, the widgets and
the query layer, so every page reads the state the same way.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from datetime import date

import pandas as pd
import streamlit as st

from . import db, page_data, releases
from .config import MAP_OUTLINES, MAP_OUTLINES_URL, data_dir
from .filters import Filters, Parsed, parse_dates, resolve
from .page_data import DOWNLOAD_ROWS, TablePage
from .text import escape_markdown

NOTICES = "_url_notices"
SEEDED = "_url_seeded"
FILTERS = "_filters"
WANTED = "_url_wanted"
REWRITE = "_url_rewrite"
ARMED = "_url_rewrite_armed"
PENDING = "_url_pending"
MAP_CLICKS = "_map_clicks"
MAP_CONFIG = {"displaylogo": False, "topojsonURL": MAP_OUTLINES_URL}


RELEASE = "_release"


def pin_release() -> None:
    """At the top of every run: the data release this run reads, so that one run never mixes two.

    Reading the one-line pointer costs microseconds; a new release is picked up on the next run.
    """
    st.session_state[RELEASE] = releases.current_id(data_dir()) or ""


def release_id() -> str:
    """The release this run reads ("" for a data directory without releases)."""
    return st.session_state.get(RELEASE, releases.current_id(data_dir()) or "")


@st.cache_resource(show_spinner=False, max_entries=2)
def _connection(release: str):
    """One locked-down DuckDB connection per release; each query takes its own cursor."""
    return db.connect(releases.served_dir(data_dir(), release))


def connection():
    return _connection(release_id())


@st.cache_data(max_entries=512, show_spinner=False)
def _query(release: str, name: str, **params) -> pd.DataFrame:
    return db.run(_connection(release), name, **params)


def query(name: str, **params) -> pd.DataFrame:
    """A named query's result on this run's release, cached by both (frozen filters make stable keys)."""
    return _query(release_id(), name, **params)


def lookup_table(frame: pd.DataFrame, value: str, *names: str) -> dict[str, str]:
    """token -> value, where a token is the value itself or any of the named columns, any case."""
    table: dict[str, str] = {}
    for row in frame.itertuples():
        target = getattr(row, value)
        for column in (value, *names):
            cell = getattr(row, column)
            items = list(cell) if isinstance(cell, list | tuple) or hasattr(cell, "tolist") else [cell]
            for item in items:
                if isinstance(item, str) and item:
                    table.setdefault(item.casefold(), target)
    return table


def _add_notices(notices: list[str]) -> None:
    st.session_state.setdefault(NOTICES, [])
    st.session_state[NOTICES] += [n for n in notices if n not in st.session_state[NOTICES]]


def _first_read(key: str) -> list[str] | None:
    """The URL's values for `key` on the session's first run; None afterwards or when absent."""
    seeded = st.session_state.setdefault(SEEDED, set())
    if key in seeded:
        return None
    seeded.add(key)
    return st.query_params.get_all(key) or None


def seed_choices(
    key: str, lookup: Mapping[str, str], what: str, many: bool, labels: Mapping[str, str]
) -> None:
    """Before a bound widget is first drawn, read its URL values as ids, codes or names.

    A bound widget reads only its displayed labels from the URL; seeding its state first makes
    links such as ?country=LTU&country=POL work too. Unknown values become a notice.
    Streamlit does not write a value seeded on a widget's first run into the URL; where the
    URL does not already hold the labels, rewrite_url() has it written after the first run.
    """
    tokens = _first_read(key)
    if tokens is None:
        return
    parsed: Parsed = resolve(tokens, lookup, what)
    _add_notices(parsed.notices)
    wanted = parsed.values if many else (parsed.values[0] if parsed.values else None)
    if wanted is not None:
        st.session_state[key] = wanted
        st.session_state.setdefault(WANTED, {})[key] = wanted
        if tokens != [labels.get(value, value) for value in parsed.values[: None if many else 1]]:
            st.session_state.setdefault(REWRITE, set()).add(key)


def seed_dates(key: str, default: tuple[date, date]) -> None:
    """Before the date widget is first drawn, check the URL's range; a bad one gives the default."""
    tokens = _first_read(key)
    if tokens is None:
        return
    value, notices = parse_dates(tokens, default)
    _add_notices(notices)
    st.session_state[key] = value
    st.session_state.setdefault(WANTED, {})[key] = value


def apply_corrections() -> None:
    """Put corrected values into widget state: call at the top of the script, before any widget."""
    for key, value in st.session_state.pop(PENDING, {}).items():
        st.session_state[key] = value


def reconcile(key: str, shown: object) -> None:
    """On the first run a bound widget takes any value of the URL it understands over ours.

    Where that differs from what the link meant (a mix of codes and names, a reversed range),
    correct the widget on an immediate rerun, so the view shown is the one the notice describes.
    """
    wanted = st.session_state.get(WANTED, {}).pop(key, None)
    if wanted is None:
        return
    same = list(shown) == list(wanted) if isinstance(wanted, list | tuple) else shown == wanted
    if not same:
        st.session_state.setdefault(PENDING, {})[key] = wanted
        st.rerun()


def rewrite_url() -> None:
    """Have the URL hold the labels of values that a link gave as codes (?country=LTU).

    Streamlit writes a bound value set through st.session_state into the URL only once it has
    stored the widget's state, which it does at the start of a run the browser asks for, not
    on the first run nor on st.rerun(). So a short timer in the browser asks for one fragment
    run, which sets the values again on an app rerun; without this a reload lost the filter.
    """
    if not st.session_state.get(REWRITE):
        return

    @st.fragment(run_every=0.1)
    def rewrite() -> None:
        if not st.session_state.pop(ARMED, False):
            st.session_state[ARMED] = True  # this is the app run; the browser's run comes next
            return
        keys = st.session_state.pop(REWRITE, set())
        st.session_state.setdefault(PENDING, {}).update({key: st.session_state[key] for key in keys})
        st.rerun(scope="app")

    rewrite()


def show_notices() -> None:
    """Tell the user, in plain words, which parts of the link were ignored."""
    notices = st.session_state.get(NOTICES, [])
    if notices:
        st.warning(
            "This link had values the tracker does not know, so parts of it were ignored and "
            "defaults used instead:\n\n" + "\n".join(f"- {escape_markdown(n)}" for n in notices),
            icon=":material/link_off:",
        )
        if st.button("Dismiss", key="dismiss_notices"):
            st.session_state[NOTICES] = []
            st.rerun()


def current_filters() -> Filters:
    """The filters the sidebar set on this run.

    A server whose first request is a page's own address (/timeline) runs that file alone,
    because a pages/ folder next to app.py looks like an old-style multipage app until
    st.navigation has been called once. Turn that mode off and rerun through app.py.
    """
    if FILTERS not in st.session_state:
        from streamlit.runtime.pages_manager import PagesManager

        PagesManager.uses_pages_directory = False
        st.rerun()
    return st.session_state[FILTERS]


def data_error(error: Exception) -> None:
    st.error(f"The dashboard's data cannot be read. {escape_markdown(str(error))}", icon=":material/error:")


def picker(
    label: str,
    key: str,
    options: list[str],
    labels: Mapping[str, str],
    lookup: Mapping[str, str],
    what: str,
    help: str | None = None,
) -> str | None:
    """A selectbox bound to the URL under `key` that also accepts ids in links."""
    seed_choices(key, lookup, what, many=False, labels=labels)
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]
    format_label: Callable[[str], str] = lambda value: labels.get(value, value)  # noqa: E731
    value = st.selectbox(label, options, format_func=format_label, key=key, bind="query-params", help=help)
    reconcile(key, value)
    return value


def actor_names() -> dict[str, str]:
    return page_data.sidebar(query).names


def page_number(key: str) -> int:
    """The page of a table the user is on (0 is the first), kept in the session, not in the URL."""
    return max(int(st.session_state.get(key) or 1) - 1, 0)


def pager(key: str, table: TablePage, label: str = "Page") -> None:
    """'Rows 101–200 of 5,000' and, when there is more than one page, a page number to choose."""
    st.caption(table.caption)
    if table.pages > 1:
        # The data layer may have moved to another page (the filters shrank the result): show that one.
        st.session_state[key] = table.offset // table.size + 1
        st.number_input(
            f"{label} (of {table.pages:,})", min_value=1, max_value=table.pages, step=1, key=key, width=220
        )


def download(label: str, name: str, file_name: str, total: int, **params) -> None:
    """A CSV of the whole result of a paged query, made only when the button is clicked."""
    con = connection()  # taken here: Streamlit runs `make` on a thread of its own

    def make() -> bytes:
        # Not cached: a large result is read once for the file and then dropped.
        frame = db.run(con, name, **params, limit=DOWNLOAD_ROWS, offset=0)
        return frame.drop(columns=["status", "n_total"], errors="ignore").to_csv(index=False).encode("utf-8")

    capped = total > DOWNLOAD_ROWS
    st.download_button(
        label + (f" – the first {DOWNLOAD_ROWS:,} of {total:,} rows" if capped else ""),
        make,
        file_name=file_name,
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        help=f"Narrow the filters to download all {total:,} rows." if capped else None,
    )


def escape(text: object) -> str:
    """Data text for st.markdown: shown literally, never as markup."""
    return escape_markdown("" if text is None else str(text))


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


def map_key(name: str) -> str:
    """A map's widget key; it changes after each handled click, which clears the selection."""
    return f"{name}_{st.session_state.get(MAP_CLICKS, 0)}"


def add_clicked(key: str, points: Iterable[Mapping]) -> None:
    """Add the places clicked on a map (customdata[0] holds the id) to a bound multiselect.

    The sidebar widget already exists in this run and its key can no longer be set, so the new
    value waits in PENDING for apply_corrections() at the top of the next run.
    """
    clicked = [p["customdata"][0] for p in points if p.get("customdata")]
    if not clicked:
        return
    current = list(st.session_state.get(key) or [])
    added = [value for value in dict.fromkeys(clicked) if value not in current]
    if added:
        st.session_state.setdefault(PENDING, {})[key] = current + added
    st.session_state[MAP_CLICKS] = st.session_state.get(MAP_CLICKS, 0) + 1
    st.rerun()
