"""Ukraine Accountability Tracker: page config, sidebar filters, navigation, the URL written back."""

from __future__ import annotations

from contextlib import suppress

import streamlit as st

from accountability import web
from accountability.db import DamagedData, MissingData
from accountability.web import url, widgets

st.set_page_config(
    page_title="Ukraine Accountability Tracker",
    page_icon="assets/icon.png",  # a local file: a named icon would be fetched from a font CDN
    layout="wide",
    initial_sidebar_state="expanded",
)

# Each page, and the picks (pickers and table pages) its address can carry besides the filters.
PAGES = {
    "": (st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True), ()),
    "timeline": (
        st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
        ("events_page",),
    ),
    "coalitions": (
        st.Page("pages/coalitions.py", title="Coalitions", icon=":material/groups:", url_path="coalitions"),
        ("coalition", "matrix_page", "members_page"),
    ),
    "cases": (
        st.Page("pages/cases.py", title="Case counts", icon=":material/monitoring:", url_path="cases"),
        ("metric", "figures_page", "disagreements_page"),
    ),
    "sources": (
        st.Page("pages/sources.py", title="Sources", icon=":material/menu_book:", url_path="sources"),
        ("source", "sources_page", "records_page"),
    ),
}
PICK_KEYS = [key for _, keys in PAGES.values() for key in keys]

# Page switches go through links that carry the query, so the sidebar's own navigation is hidden.
page = st.navigation([p for p, _ in PAGES.values()], position="hidden")
web.data.pin_release()

try:
    bar = web.data.sidebar()
except MissingData as error:
    web.data_error(error)
    st.stop()

url.begin(web.data.known())
with st.sidebar:
    navigation = st.container()
    st.header("Filters")
    url.set_filters(widgets.sidebar_filters(bar))
    share_box = st.container()
with navigation:
    for target, keys in PAGES.values():
        st.page_link(target, query_params=url.link_query(bar.span, keys))

notice_box = st.container()  # filled after the page, so its pickers' notices show too
with suppress(DamagedData):  # the page has named the damaged file it needs; the sidebar goes on
    page.run()

query = url.finish(bar.span, PICK_KEYS)
with notice_box:
    widgets.show_notices()
with share_box:
    widgets.share_box(url.share_link(query, page.url_path))
    widgets.data_links(query, page.url_path)
