"""The view's state in the address bar: read through the codec at the start of a run, written at its end.

One run, one encoding. On a run whose address holds a query that differs from the one last
written (a link opened, a reload, Back or Forward, a page link), its values are read into widget
state before any widget is drawn. At the end of every run the canonical query of what is shown is
written back when the address differs. Nothing else writes the address and nothing reruns to fix it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from urllib.parse import urlsplit, urlunsplit

import streamlit as st

from ..filters import (
    CANDIDATES,
    COUNTRY,
    DATES,
    FILTER_KEYS,
    Filters,
    Known,
    canonical_query,
    listed,
    query_string,
)

WRITTEN = "_url_written"  # the query this session last wrote (or read) as its canonical view
INCOMING = "_url_incoming"  # the query of a new link, while this run reads it
NOTICES = "_url_notices"
PICKS = "_url_picks"  # picks (page picker values, table pages) this run shows
REMEMBERED = "_url_remembered"  # each pick's last value, for page links and page switches
WORDS = "_url_words"  # the picks this run shows, in words, for the title of a citation
FILTERS = "_filters"


def _address() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def begin(known: Known) -> None:
    """Start a run: read a new link into the sidebar's widget state, with notices for what it ignored."""
    state = st.session_state
    address = _address()
    state[PICKS] = {}
    state[WORDS] = {}
    if address and address != state.get(WRITTEN):
        filters, notices = Filters.from_query(address, known)
        state[INCOMING] = address
        state[NOTICES] = notices
        _seed(filters)
    else:
        state[INCOMING] = {}
        if COUNTRY not in state:  # a first visit with no query: the default view
            _seed(Filters.default(known))


def _seed(filters: Filters) -> None:
    st.session_state[COUNTRY] = list(filters.countries)
    st.session_state[DATES] = (filters.start, filters.end)
    st.session_state[CANDIDATES] = filters.include_candidates


def incoming(key: str) -> list[str] | None:
    """The values a new link gives for `key` on this run, or None when the link is not new."""
    state = st.session_state.get(INCOMING) or {}
    return list(state[key]) if key in state else None


def remembered(key: str) -> str | None:
    return st.session_state.get(REMEMBERED, {}).get(key)


def keep(key: str, value: str | None) -> None:
    """Record a pick this run shows, so the address and the share link carry it."""
    if value:
        st.session_state[PICKS][key] = value
    st.session_state.setdefault(REMEMBERED, {})[key] = value


def describe(key: str, words: str | None) -> None:
    """Say in words what a pick shows ("Cases registered"), for the citation of the view."""
    if words:
        st.session_state.setdefault(WORDS, {})[key] = words


def described() -> list[str]:
    return list(st.session_state.get(WORDS, {}).values())


def page_href(page_path: str, query: Mapping[str, Sequence[str]]) -> str:
    """A link to another page of the dashboard, relative so that it works under any path prefix."""
    text = query_string(query)
    return f"./{page_path}" + (f"?{text}" if text else "")


def notify(notices: Iterable[str]) -> None:
    current = st.session_state.setdefault(NOTICES, [])
    current += [n for n in notices if n not in current]


def notices() -> list[str]:
    return list(st.session_state.get(NOTICES, []))


def dismiss() -> None:
    st.session_state[NOTICES] = []


def set_filters(filters: Filters) -> None:
    st.session_state[FILTERS] = filters


def filters() -> Filters:
    return st.session_state[FILTERS]


def has_filters() -> bool:
    return FILTERS in st.session_state


def view_query(default: tuple[date, date], picks: Mapping[str, str] | None = None) -> dict[str, list[str]]:
    """The canonical query of this run's view (or of the given picks with this run's filters)."""
    chosen = st.session_state.get(PICKS, {}) if picks is None else picks
    return canonical_query(filters(), default, chosen)


def link_query(default: tuple[date, date], pick_keys: Sequence[str]) -> dict[str, list[str]]:
    """The query of a link to another page: these filters and that page's remembered picks."""
    picks = {key: value for key in pick_keys if (value := remembered(key))}
    return canonical_query(filters(), default, picks)


def finish(default: tuple[date, date], known_keys: Iterable[str]) -> dict[str, list[str]]:
    """End a run: note unknown parameters of a new link, then write the canonical query if it differs."""
    arrived = st.session_state.get(INCOMING) or {}
    unknown = [key for key in arrived if key not in set(known_keys) | set(FILTER_KEYS)]
    if unknown:
        notify([f"Ignored unknown link parameters: {listed(unknown)}."])
    query = view_query(default)
    if list(query.items()) != list(_address().items()):  # in order too: one link, one spelling
        st.query_params.from_dict(query)
    st.session_state[WRITTEN] = query
    st.session_state[INCOMING] = {}
    return query


def share_link(query: Mapping[str, Sequence[str]], page_path: str) -> str:
    """The address of this view as the browser shows it: this page's path and the canonical query."""
    here = urlsplit(st.context.url or f"http://localhost:8501/{page_path}")
    text = query_string(query)
    return urlunsplit((here.scheme, here.netloc, here.path or "/", text, ""))


def request(query: Mapping[str, Sequence[str]]) -> None:
    """Open another view of this page (a map click adding a country): the next run reads it as a link."""
    st.query_params.from_dict({key: list(values) for key, values in query.items()})
    st.rerun()
