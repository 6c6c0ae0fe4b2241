"""Widgets every page shares: the sidebar filters, pickers, tables with pager and download, notices.

No widget is bound to the address: each reads a new link through web.url and registers what it
shows, and the entry script writes the address once at the end of the run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

import pandas as pd
import streamlit as st

from .. import api, changelog, db
from ..citation import Citation, view_title
from ..config import MAP_OUTLINES_URL
from ..dates import label as label_date
from ..filters import (
    CANDIDATES,
    COUNTRY,
    DATES,
    EARLIEST,
    LATEST,
    Filters,
    canonical_query,
    parse_flag,
    read_page,
    read_pick,
)
from ..page_data import DOWNLOAD_ROWS, MAX_EVENT_MARKERS, Chart, Sidebar, TablePage, events_switch
from ..text import escape_markdown
from . import data, url

MAP_CONFIG = {"displaylogo": False, "topojsonURL": MAP_OUTLINES_URL}
MAP_CLICKS = "_map_clicks"
MAP_PROFILE = "_map_profile"  # the last place clicked on a map: its profile is offered
ACTOR, EVENTS = "actor", "events"  # the pick keys of the actor page and of the events switch
PROFILE_COLUMN = st.column_config.LinkColumn(
    "Profile", display_text="Open profile", help="This state's or organisation's profile: memberships, "
    "events, figures and sources"
)
WIDE = (
    " On a phone this chart reads better turned sideways or on a wider screen; "
    "its data is also in the table below it."
)
EMPTY_CELL = ""  # what a table shows for a value the data does not have (Streamlit would write "None")


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


def chart(shown: Chart, key: str, wide: bool = False, **options):
    """A chart, the sentence that says what it shows, and its data as a table a keyboard can reach.

    `wide`: the chart needs a wide screen to be read (a matrix, many rows); the caption says so.
    Other options go to st.plotly_chart (on_select, config...); its selection state is returned.
    """
    options.setdefault("config", {"displaylogo": False})
    state = st.plotly_chart(shown.plot, key=key, alt=shown.summary or None, **options)
    if shown.summary or wide:
        st.caption(escape(shown.summary) + (escape(WIDE) if wide else ""))
    if shown.table is not None and not shown.table.empty:
        with st.expander("The data of this chart", icon=":material/table_view:"):
            st.dataframe(shown.table, hide_index=True, placeholder=EMPTY_CELL)
    return state


def released_on(record: Mapping) -> str:
    """A release's date as a reader writes it: '30 Nov 2026'."""
    return label_date(date.fromisoformat(record["date"]), "day")


def release_changes(records: Iterable[Mapping], expand_first: bool = False) -> None:
    """Each release's changes in plain words, newest first, with every change as a CSV."""
    for index, record in enumerate(records):
        title = f"Release {record['id']} of {released_on(record)}"
        with st.expander(title, expanded=expand_first and index == 0):
            st.markdown(escape(changelog.summary(record)))
            st.markdown(changelog.markdown(record))
            if record["changelog"]:
                st.download_button(
                    "Download every change of this release (CSV)",
                    pd.DataFrame(changelog.table(record)).to_csv(index=False).encode("utf-8"),
                    file_name=f"changes_{record['id']}.csv",
                    mime="text/csv",
                    icon=":material/download:",
                    key=f"changes_{record['id']}",
                    on_click="ignore",
                )


def worded(label: str, words: Mapping[str, str], width: str | int | None = None):
    """A table column whose codes (a vocabulary of the data) are shown as words."""
    return st.column_config.SelectboxColumn(
        label, options=list(words), format_func=lambda code: words.get(code, code), width=width
    )


def stat(label: str, value: str, help: str | None = None, width: int | str = "stretch") -> None:
    """A headline number under its label; both wrap on a narrow screen instead of being cut."""
    with st.container(width=width, gap=None):
        st.markdown(f":small[{escape(label)}]", help=help)
        st.markdown(f"### {escape(value)}", anchors=False)


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
    url.describe(key, format_label(value) if value else None)
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
    profiles: str | None = None,
) -> None:
    """A page of a result with its pager and, where given (label, file name), its CSV download.

    `profiles` names a column of actor ids: a last column then links each row to that actor's profile.
    """
    if not frame.total:
        if empty:
            st.info(empty)
        return
    shown, config = frame.shown, dict(columns)
    if profiles:
        links = [profile_href(actor) if isinstance(actor, str) else None for actor in frame.rows[profiles]]
        shown = shown.assign(profile=links)
        config["profile"] = PROFILE_COLUMN
    st.dataframe(shown, hide_index=True, column_config=config, placeholder=EMPTY_CELL)
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


def profile_href(actor_id: str) -> str:
    """The link to an actor's profile, with the filters of this view."""
    return url.page_href("actor", profile_query(actor_id))


def profile_query(actor_id: str) -> dict[str, list[str]]:
    """The query of an actor's profile: this view's filters and the actor."""
    return canonical_query(url.filters(), data.sidebar().span, {ACTOR: actor_id})


def switch(label: str, key: str, default: bool, help: str | None = None, disabled: bool = False) -> bool:
    """An on/off switch a link can set (`key=on` or `off`); the address carries it only when it differs
    from the default, which may change with the filters until the user chooses."""
    choice = f"_{key}_choice"
    tokens = url.incoming(key)
    if tokens is not None:
        value, notices = parse_flag(tokens, key)
        url.notify(notices)
        if not notices:
            st.session_state[choice] = value
    elif choice not in st.session_state and url.remembered(key):
        st.session_state[choice] = url.remembered(key) == "on"
    chosen = st.session_state.get(choice)
    st.session_state[key] = default if chosen is None or disabled else chosen
    st.toggle(label, key=key, help=help, disabled=disabled, on_change=_chosen, args=(key,))
    value = bool(st.session_state[key])
    url.keep(key, None if value == default or disabled else ("on" if value else "off"))
    return value


def _chosen(key: str) -> None:
    st.session_state[f"_{key}_choice"] = st.session_state[key]


def event_markers(events: pd.DataFrame) -> pd.DataFrame | None:
    """The switch for the timeline's events on a chart, with why it is on or off; the events, if on."""
    on_by_default, possible, why = events_switch(events)
    shown = switch(
        "Mark the timeline's events on the chart", EVENTS, on_by_default, disabled=not possible,
        help="Events inside the filters as stars along the time axis; hover one for its title, date "
        "and source. Hollow stars: dated only to the month or year, drawn at the middle of it.",
    )
    st.caption(why)
    return events.iloc[:MAX_EVENT_MARKERS] if shown else None


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
    st.session_state[MAP_PROFILE] = clicked[-1]
    current = list(url.filters().countries)
    added = [value for value in dict.fromkeys(clicked) if value not in current]
    st.session_state[MAP_CLICKS] = st.session_state.get(MAP_CLICKS, 0) + 1
    if added:
        query = url.view_query(data.sidebar().span)
        query[COUNTRY] = current + added
        url.request(query)


def clicked_profile(members: pd.DataFrame) -> None:
    """After a click on the map, a link to the profile of the place clicked (while it is on the map)."""
    actor = st.session_state.get(MAP_PROFILE)
    if actor is None or actor not in set(members["actor_id"]):
        return
    name = dict(zip(members["actor_id"], members["member"], strict=True))[actor]
    st.page_link(
        "pages/actor.py", label=f"Open {name}'s profile", icon=":material/person_search:",
        query_params=profile_query(actor),
    )


def cite_box(page_title: str, link: str) -> None:
    """The view as a citation ready to copy: plain and BibTeX, each in a block with a copy button."""
    filters = url.filters()
    title = view_title(page_title, url.described(), filters, data.actor_names())
    release, release_date = data.release_info()
    cited = Citation(title, link, release, release_date, date.today())
    with st.expander("Cite this view", icon=":material/format_quote:"):
        st.caption("The title says what is shown; the link opens it again; the release fixes the data.")
        st.code(cited.plain(), language=None, wrap_lines=True)
        st.code(cited.bibtex(), language=None, wrap_lines=True)
