"""Timeline: the events inside the filters on a time axis, then as a table with citations."""

import streamlit as st

from accountability import charts, web
from accountability.describe import empty_reason, review_labels, scope

filters = web.current_filters()
names = web.actor_names()
events = web.query("timeline_events", **filters.params())

st.title("Timeline")
st.caption(
    f"{len(events):,} events {scope(filters, names)}. Hollow markers and grey bars are dates the "
    "sources give only to the month or year; hover a marker for its title, actors and source."
    + (" Orange squares ring unreviewed records the ingest proposed." if filters.include_candidates else "")
)
st.plotly_chart(
    charts.timeline(events, empty_reason("events", filters, names)),
    key="timeline_chart",
    config={"displaylogo": False},
)

st.subheader("Events with their sources")
if events.empty:
    st.info(empty_reason("events", filters, names))
else:
    table = events[["date_label", "title", "category", "place", "actors", "coalition", "citations", "note"]]
    if filters.include_candidates:
        table = table.assign(review=review_labels(events["status"]))
    st.dataframe(
        table,
        hide_index=True,
        column_config={
            "date_label": "Date (as precise as the source)", "title": "Event", "category": "Category",
            "place": "Place", "actors": "Actors", "coalition": "Coalition",
            "citations": st.column_config.TextColumn("Sources", width="large"), "note": "Note on the date",
            "review": "Review status",
        },
    )
    st.download_button(
        "Download these events (CSV)",
        events.drop(columns=["status"]).to_csv(index=False).encode("utf-8"),
        file_name=f"events_{filters.start}_{filters.end}.csv",
        mime="text/csv",
        icon=":material/download:",
    )
