"""Timeline: the events inside the filters on a time axis, then a page of them with citations."""

import streamlit as st

from accountability import page_data, web
from accountability.describe import empty_reason, scope

filters = web.current_filters()
names = web.actor_names()
chart, table = page_data.timeline(web.query, filters, names, web.page_number("events_page", "events"))

st.title("Timeline")
st.caption(
    f"{table.total:,} events {scope(filters, names)}. "
    + (
        "Bars count the events of each period by category; hover a bar for its numbers."
        if chart.note
        else "Hollow markers and grey bars are dates the sources give only to the month or year; "
        "hover a marker for its title, actors and source."
    )
)
if chart.note:
    st.info(chart.note, icon=":material/bar_chart:")
web.chart(chart, "timeline_chart")

st.subheader("Events with their sources")
web.table(
    table,
    "events_page",
    {
        "date_label": "Date (as precise as the source)",
        "title": "Event",
        "category": "Category",
        "place": "Place",
        "actors": "Actors",
        "coalition": "Coalition",
        "citations": st.column_config.TextColumn("Sources", width="large"),
        "note": "Note on the date",
        "review": "Review status",
    },
    download=("Download these events (CSV)", f"events_{filters.start}_{filters.end}.csv"),
    empty=empty_reason("events", filters, names),
)
