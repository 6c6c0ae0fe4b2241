"""Overview: what the dataset holds, the latest headline figures, and where to go next."""

import pandas as pd
import streamlit as st

from accountability import changelog, page_data, releases, web
from accountability.charts import QUALIFIER_WORDS, figure_value
from accountability.config import data_dir

filters = web.current_filters()
summary, latest = page_data.overview(web.query, filters)

st.title("Ukraine Accountability Tracker")
st.markdown(
    "Who works together on accountability for war crimes in Ukraine (joint investigation teams, "
    "declarations, memoranda, tribunals), when each step happened, and the figures that were "
    "reported. Every record cites its source; where sources disagree, both stand."
)

cols = st.columns(6)
cols[0].metric("Events", f"{summary['events']:,}")
cols[1].metric("Coalitions", f"{summary['coalitions']:,}")
cols[2].metric("Members named", f"{summary['members']:,}", help="Distinct states and organisations")
cols[3].metric("Reported figures", f"{summary['figures']:,}", help=f"{summary['metrics']} metrics")
cols[4].metric("Sources", f"{summary['sources']:,}", help=f"{summary['corpus_documents']} with full text")
cols[5].metric(
    "Years covered",
    f"{summary['first_date']:%Y}–{summary['last_date']:%Y}",
    help=f"Events from {summary['first_date']:%-d %b %Y} to {summary['last_date']:%-d %b %Y}",
)

release = web.release_id()
if release:
    st.caption(f"Data release {release}, of {releases.load(data_dir(), release)['date']}.")

st.subheader("Latest headline figures")
st.caption(
    f"The most recent value of each metric between {filters.start:%d %b %Y} and {filters.end:%d %b %Y}"
    + (" for the chosen countries" if filters.countries else "")
    + ", with its source. Qualifiers are kept: “more than” is not “exactly”."
)
if latest.empty:
    st.info("No figure was reported within these filters. Widen the date range or clear the countries.")
else:
    for start in range(0, min(len(latest), 12), 4):
        row_cols = st.columns(4)
        for col, fig in zip(row_cols, latest.iloc[start : start + 4].itertuples(), strict=False):
            with col.container(border=True):
                # The qualifier goes above the number so it is never cut off with it.
                st.metric(
                    f"{fig.label} ({fig.unit})",
                    figure_value(fig.value, "exact"),
                    delta=QUALIFIER_WORDS.get(fig.qualifier, "").strip() or "exactly",
                    delta_color="off",
                    delta_arrow="off",
                )
                st.caption(f"As of {fig.as_of_label} · reported by {fig.reported_by or 'not stated'}")
                st.caption(f"Source: {fig.outlets}")
    with st.expander(f"All {len(latest)} metrics"):
        st.dataframe(
            latest[["label", "value", "qualifier", "unit", "as_of_label", "reported_by", "citations"]],
            hide_index=True,
            column_config={
                "label": "Metric",
                "value": st.column_config.NumberColumn("Value", format="localized"),
                "qualifier": "Qualifier",
                "unit": "Unit",
                "as_of_label": "As of",
                "reported_by": "Reported by",
                "citations": "Sources",
            },
        )

if release:
    st.subheader("What changed")
    for index, record in enumerate(releases.history(data_dir(), release, limit=3)):
        with st.expander(f"Release {record['id']} of {record['date']}", expanded=index == 0):
            st.markdown(web.escape(changelog.summary(record)))
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

st.subheader("Explore")
links = st.columns(4)
links[0].page_link("pages/timeline.py", label="Timeline of events", icon=":material/timeline:")
links[1].page_link("pages/coalitions.py", label="Who joined what", icon=":material/groups:")
links[2].page_link("pages/cases.py", label="Reported case counts", icon=":material/monitoring:")
links[3].page_link("pages/sources.py", label="Sources and quotes", icon=":material/menu_book:")
