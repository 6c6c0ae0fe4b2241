"""Ukraine Accountability Tracker: page config, sidebar filters, navigation, the URL written back."""

from __future__ import annotations

from contextlib import suppress

import streamlit as st

from accountability import config, web
from accountability.db import DamagedData, MissingData
from accountability.filters import PAGE_PICKS, PICK_KEYS
from accountability.web import url, widgets

st.set_page_config(
    page_title="Ukraine Accountability Tracker",
    page_icon="assets/icon.png",  # a local file: a named icon would be fetched from a font CDN
    layout="wide",
    initial_sidebar_state="auto",
)

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/coalitions.py", title="Coalitions", icon=":material/groups:", url_path="coalitions"),
    st.Page("pages/cases.py", title="Case counts", icon=":material/monitoring:", url_path="cases"),
    st.Page("pages/sources.py", title="Sources", icon=":material/menu_book:", url_path="sources"),
    st.Page("pages/actor.py", title="Actor profile", icon=":material/person_search:", url_path="actor"),
    st.Page("pages/methods.py", title="Methods", icon=":material/help:", url_path="methods"),
]
if config.review_enabled():  # a page that writes the data: only where the setting turns it on
    PAGES.append(st.Page("pages/review.py", title="Review", icon=":material/fact_check:", url_path="review"))

# Page switches go through links that carry the query, so the sidebar's own navigation is hidden.
page = st.navigation(PAGES, position="hidden")
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
    for target in PAGES:
        st.page_link(target, query_params=url.link_query(bar.span, PAGE_PICKS[target.url_path]))

notice_box = st.container()  # filled after the page, so its pickers' notices show too
# A page that stops early (a damaged file it names, an empty state) still gets its address written.
with suppress(DamagedData, web.EndOfPage):
    page.run()

query = url.finish(bar.span, PICK_KEYS)
with notice_box:
    widgets.show_notices()
link = url.share_link(query, page.url_path)
with share_box:
    widgets.share_box(link)
    widgets.data_links(query, page.url_path)
widgets.cite_box(page.title, link)
