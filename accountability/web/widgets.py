"""Widgets every page shares: the sidebar filters, pickers, tables with pager and download, notices.

No widget is bound to the address: each reads a new link through web.url and registers what it
shows, and the entry script writes the address once at the end of the run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import streamlit as st

from .. import api, db
from ..config import MAP_OUTLINES_URL
from ..filters import CANDIDATES, COUNTRY, DATES, EARLIEST, LATEST, Filters, read_page, read_pick
from ..page_data import DOWNLOAD_ROWS, Sidebar, TablePage
from ..text import escape_markdown
from . import data, url

MAP_CONFIG = {"displaylogo": False, "topojsonURL": MAP_OUTLINES_URL}
MAP_CLICKS = "_map_clicks"


def escape(text: object) -> str:
    """Data text for st.markdown: shown literally, never as markup."""
    return escape_markdown("" if text is None else str(text))


def data_error(error: Exception) -> None:
    st.error(f"The dashboard's data cannot be read. {escape(error)}", icon=":material/error:")


def sidebar_filters(bar: Sidebar) -> Filters:
    """The countries, the date range and the unreviewed switch; their state was seeded by url.begin."""
    names = bar.names
    chosen = st.multiselect(
        "Countries and organisations",
        list(bar.options["actor_id"]),
        format_func=lambda actor: names.get(actor, actor),
        key=COUNTRY,
        placeholder="All (type to search)",
        help="Show only what these states or organisations took part in. Empty means all.",
    )
    picked = st.date_input(
        "Date range",
        min_value=EARLIEST,
        max_value=LATEST,
        key=DATES,
        format="YYYY-MM-DD",
        help="Events and figures whose date falls in this range; memberships as of its last day.",
    )
    include = st.toggle(
        "Include unreviewed records",
        key=CANDIDATES,
        help="Show records proposed by the article ingest that no analyst has accepted yet.",
    )
    # A half-picked range (one date so far) keeps the default until the second date is chosen.
    start, end = picked if isinstance(picked, tuple | list) and len(picked) == 2 else bar.span
    return Filters(start=start, end=end, countries=tuple(chosen), include_candidates=bool(include))


def show_notices() -> None:
    """Tell the user, in plain words, which parts of the link were ignored."""
    notices = url.notices()
    if notices:
        st.warning(
            "This link had values the tracker does not know, so parts of it were ignored and "
            "defaults used instead:\n\n" + "\n".join(f"- {escape(n)}" for n in notices),
            icon=":material/link_off:",
        )
        st.button("Dismiss", key="dismiss_notices", on_click=url.dismiss)


def picker(
    label: str,
    key: str,
    options: list[str],
    labels: Mapping[str, str],
    lookup: Mapping[str, str],
    what: str,
    help: str | None = None,
) -> str | None:
    """A selectbox whose value a link can name by id or label, kept in the address as an id."""
    tokens = url.incoming(key)
    if tokens is not None:
        value, notices = read_pick(tokens, lookup, what)
        url.notify(notices)
        if value is not None:
            st.session_state[key] = value
    elif key not in st.session_state and url.remembered(key) in options:
        st.session_state[key] = url.remembered(key)
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]
    format_label: Callable[[str], str] = lambda value: labels.get(value, value)  # noqa: E731
    value = st.selectbox(label, options, format_func=format_label, key=key, help=help)
    url.keep(key, value)
    return value


def wanted_pick(key: str) -> str | None:
    """The value a picker is about to show: a new link's, else the current or remembered one."""
    tokens = url.incoming(key)
    if tokens:
        return tokens[0]
    return st.session_state.get(key) or url.remembered(key)


def page_number(key: str, what: str = "a table") -> int:
    """The page of a table the user is on (0 is the first); a link can name it (1 is the first)."""
    tokens = url.incoming(key)
    if tokens is not None:
        number, notices = read_page(tokens, what)
        url.notify(notices)
        st.session_state[key] = number
    elif key not in st.session_state and url.remembered(key):
        st.session_state[key] = int(url.remembered(key))
    return max(int(st.session_state.get(key) or 1) - 1, 0)


def pager(key: str, table: TablePage, label: str = "Page") -> None:
    """'Rows 101–200 of 5,000' and, when there is more than one page, a page number to choose."""
    st.caption(table.caption)
    number = table.offset // table.size + 1
    if table.pages > 1:
        # The data layer may have moved to another page (the filters shrank the result): show that one.
        st.session_state[key] = number
        st.number_input(
            f"{label} (of {table.pages:,})", min_value=1, max_value=table.pages, step=1, key=key, width=220
        )
    url.keep(key, str(number) if number > 1 else None)


def table(
    frame: TablePage,
    key: str,
    columns: Mapping[str, object],
    download: tuple[str, str] | None = None,
    empty: str = "",
) -> None:
    """A page of a result with its pager and, where given (label, file name), its CSV download."""
    if not frame.total:
        if empty:
            st.info(empty)
        return
    st.dataframe(frame.shown, hide_index=True, column_config=dict(columns))
    pager(key, frame)
    if download and frame.query:
        csv_download(download[0], download[1], frame)


def csv_download(label: str, file_name: str, frame: TablePage) -> None:
    """A CSV of the whole result behind a table, made only when the button is clicked."""
    con = data.connection()  # taken here: Streamlit runs `make` on a thread of its own
    name, params = frame.query, dict(frame.params)

    def make() -> bytes:
        # Not cached: a large result is read once for the file and then dropped.
        rows = db.run(con, name, **params, limit=DOWNLOAD_ROWS, offset=0)
        return rows.drop(columns=["status", "n_total"], errors="ignore").to_csv(index=False).encode("utf-8")

    capped = frame.total > DOWNLOAD_ROWS
    st.download_button(
        label + (f" – the first {DOWNLOAD_ROWS:,} of {frame.total:,} rows" if capped else ""),
        make,
        file_name=file_name,
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key=f"download_{file_name}",
        help=f"Narrow the filters to download all {frame.total:,} rows." if capped else None,
    )


def share_box(link: str) -> None:
    st.subheader("Share this view", divider="gray")
    st.code(link, language=None, wrap_lines=True)
    st.caption("Copy this link: it opens this page with the same filters. States appear by ISO 3166 code.")


def data_links(query: Mapping[str, list[str]], page_path: str) -> None:
    """'Open as JSON / CSV': the rows of this view from the data API, at the address of this link."""
    links = api.page_links(query, page_path)
    if links:
        st.caption("Open as " + " / ".join(f"[{kind}]({address})" for kind, address in links.items()))


def map_key(name: str) -> str:
    """A map's widget key; it changes after each handled click, which clears the selection."""
    return f"{name}_{st.session_state.get(MAP_CLICKS, 0)}"


def add_clicked(points: Iterable[Mapping]) -> None:
    """Add the places clicked on a map (customdata[0] holds the id) to the country filter.

    The sidebar is drawn already, so the new view opens as a link would, on one more run.
    """
    clicked = [p["customdata"][0] for p in points if p.get("customdata")]
    if not clicked:
        return
    current = list(url.filters().countries)
    added = [value for value in dict.fromkeys(clicked) if value not in current]
    st.session_state[MAP_CLICKS] = st.session_state.get(MAP_CLICKS, 0) + 1
    if added:
        query = url.view_query(data.sidebar().span)
        query[COUNTRY] = current + added
        url.request(query)
