"""Overview: what the dataset holds, the latest headline figures, and where to go next."""

import streamlit as st

from accountability import page_data, web
from accountability.charts import QUALIFIER_WORDS, figure_value
from accountability.dates import label as date_label
from accountability.describe import scope

filters = web.current_filters()
names = web.actor_names()
summary, latest = page_data.overview(web.query, filters)

st.title("Ukraine Accountability Tracker")
st.markdown(
    "Who works together on accountability for war crimes in Ukraine (joint investigation teams, "
    "declarations, memoranda, tribunals), when each step happened, and the figures that were "
    "reported. Every record cites its source; where sources disagree, both stand."
)

first, last = (date_label(summary[d], "day") for d in ("first_date", "last_date"))
# In one row on a wide screen, wrapped on a phone: each is as wide as its text.
with st.container(horizontal=True, gap="medium"):
    for label, value, about in (
        ("Events", f"{summary['events']:,}", None),
        ("Coalitions", f"{summary['coalitions']:,}", None),
        ("Members named", f"{summary['members']:,}", "Distinct states and organisations"),
        ("Reported figures", f"{summary['figures']:,}", f"{summary['metrics']} metrics"),
        ("Sources", f"{summary['sources']:,}", f"{summary['corpus_documents']} with full text"),
        (
            "Years covered", f"{summary['first_date']:%Y}–{summary['last_date']:%Y}",
            f"Events from {first} to {last}",
        ),
    ):
        web.stat(label, value, help=about, width="content")

release_records = web.release_records(limit=3)
if release_records:
    st.caption(f"Data release {release_records[0]['id']}, of {web.released_on(release_records[0])}.")

st.subheader("What has been happening")
web.chart(page_data.joins(web.query, filters, names), "joins_chart", wide=True)

st.subheader("Latest headline figures")
st.caption(
    f"The most recent value of each metric {scope(filters, names)}, with its source. "
    "Qualifiers are kept: “more than” is not “exactly”."
)
if latest.empty:
    st.info("No figure was reported within these filters. Widen the date range or clear the countries.")
else:
    for start in range(0, min(len(latest), 12), 4):
        row_cols = st.columns(4)
        for col, reported in zip(row_cols, latest.iloc[start : start + 4].itertuples(), strict=False):
            with col.container(border=True):
                # Text that wraps rather than st.metric, which cuts a long label or number short.
                st.markdown(f"**{web.escape(reported.label)}** ({web.escape(reported.unit)})")
                st.badge(QUALIFIER_WORDS.get(reported.qualifier, "").strip() or "exactly", color="gray")
                st.markdown(f"### {figure_value(reported.value, 'exact')}", anchors=False)
                reporter = reported.reported_by if isinstance(reported.reported_by, str) else "not stated"
                st.caption(f"As of {reported.as_of_label} · reported by {web.escape(reporter)}")
                st.caption(f"Source: {web.escape(reported.outlets)}")
    with st.expander(f"All {len(latest)} metrics"):
        st.dataframe(
            latest[list(page_data.LATEST_COLUMNS)],
            hide_index=True,
            column_config={
                "label": "Metric", "reported": "Figure", "unit": "Unit", "as_of_label": "As of",
                "reported_by": "Reported by", "citations": "Sources",
            },
            placeholder=web.EMPTY_CELL,
        )

if release_records:
    st.subheader("What changed")
    web.release_changes(release_records, expand_first=True)

st.subheader("Explore")
links = st.columns(4)
links[0].page_link("pages/timeline.py", label="Timeline of events", icon=":material/timeline:")
links[1].page_link("pages/coalitions.py", label="Who joined what", icon=":material/groups:")
links[2].page_link("pages/cases.py", label="Reported case counts", icon=":material/monitoring:")
links[3].page_link("pages/sources.py", label="Sources and quotes", icon=":material/menu_book:")
