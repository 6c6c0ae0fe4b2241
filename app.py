"""Ukraine Accountability Tracker: page config, the shared sidebar filters, navigation."""

from __future__ import annotations

import streamlit as st

from accountability import page_data, web
from accountability.db import MissingData
from accountability.filters import Filters, parse_dates, share_query

st.set_page_config(
    page_title="Ukraine Accountability Tracker",
    page_icon="assets/icon.png",  # a local file: a named icon would be fetched from a font CDN
    layout="wide",
    initial_sidebar_state="expanded",
)

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/coalitions.py", title="Coalitions", icon=":material/groups:", url_path="coalitions"),
    st.Page("pages/cases.py", title="Case counts", icon=":material/monitoring:", url_path="cases"),
    st.Page("pages/sources.py", title="Sources", icon=":material/menu_book:", url_path="sources"),
]
# The picker each page binds to the URL, so the share link can carry it.
PAGE_PICKERS = {"cases": ("metric",), "coalitions": ("coalition",), "sources": ("source",)}

page = st.navigation(PAGES)
web.pin_release()
web.apply_corrections()

try:
    bar = page_data.sidebar(web.query)
except MissingData as error:
    web.data_error(error)
    st.stop()

options, default_range, names = bar.options, bar.span, bar.names

with st.sidebar:
    st.header("Filters")
    web.seed_choices(
        "country", web.lookup_table(options, "actor_id", "iso3", "name", "aliases"), "country codes", True,
        labels=names,
    )
    chosen = st.multiselect(
        "Countries and organisations",
        list(options["actor_id"]),
        format_func=lambda actor: names.get(actor, actor),
        key="country",
        bind="query-params",
        placeholder="All (type to search)",
        help="Show only what these states or organisations took part in. Empty means all.",
    )
    web.reconcile("country", chosen)
    web.seed_dates("dates", default_range)
    picked = st.date_input(
        "Date range",
        value=default_range,
        min_value=default_range[0].replace(year=2013, month=1, day=1),
        max_value=default_range[1].replace(year=2030, month=12, day=31),
        key="dates",
        bind="query-params",
        format="YYYY-MM-DD",
        help="Events and figures whose date falls in this range; memberships as of its last day.",
    )
    web.reconcile("dates", picked)
    include_candidates = st.toggle(
        "Include unreviewed records",
        key="candidates",
        bind="query-params",
        help="Show records proposed by the article ingest that no analyst has accepted yet.",
    )
    share_box = st.container()

# A half-picked range (one date so far) keeps the default until the second date is chosen.
raw_range = [d.isoformat() for d in picked] if isinstance(picked, tuple | list) else []
(start, end), notices = parse_dates(raw_range if len(raw_range) == 2 else [], default_range)
st.session_state[web.FILTERS] = Filters(
    start=start, end=end, countries=tuple(chosen), include_candidates=bool(include_candidates)
)
notice_box = st.container()  # filled after the page, so its pickers' notices show too
page.run()

with notice_box:
    web.show_notices()
    web.rewrite_url()

with share_box:
    st.subheader("Share this view", divider="gray")
    pickers = {key: str(st.session_state.get(key) or "") for key in PAGE_PICKERS.get(page.url_path, ())}
    query_string = share_query(web.current_filters(), default_range, pickers)
    base = st.context.url or f"http://localhost:8501/{page.url_path}"
    st.code(base + (f"?{query_string}" if query_string else ""), language=None, wrap_lines=True)
    st.caption("Copy this link: it opens this page with the same filters. States appear by ISO 3166 code.")
