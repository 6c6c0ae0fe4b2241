"""Coalitions: who belongs to what at the end of the date range, and one coalition in detail."""

import streamlit as st

from accountability import page_data, web
from accountability.dates import label as date_label
from accountability.describe import map_note, scope

filters = web.current_filters()
names = web.actor_names()
columns = page_data.coalition_columns(web.query, filters)
as_of = date_label(filters.end, "day")

st.title("Coalitions")
st.caption(
    f"Membership as of {as_of}, {scope(filters, names)}. Columns are ordered by when each coalition "
    "was established; a ring marks a join inside the date range. Hover a cell for the coalition's full "
    "name and the size the sources declare beside the members we can name."
)
left, right = st.columns(2)
colour_by = left.radio("Colour cells by", ["role", "join year"], horizontal=True, key="matrix_colour")
sort_by = right.radio("Sort rows by", ["first join", "name"], horizontal=True, key="matrix_sort")
chart, rows = page_data.coalition_matrix(
    web.query, filters, names, columns, web.page_number("matrix_page", "the members"), colour_by, sort_by
)
if chart.note:
    st.info(chart.note, icon=":material/table_rows:")
web.chart(chart, "matrix_chart", wide=True)
if rows.pages > 1:
    web.pager("matrix_page", rows, "Members, page")

st.subheader("Members of one coalition")
if columns.empty:
    st.info(f"No coalition was established by {as_of}. Move the end of the date range later.")
    web.end_page()
# Short names fit the picker on a phone; the full name is written out under it.
labels = dict(zip(columns["coalition_id"], columns["short_name"].fillna(columns["name"]), strict=True))
coalition = web.picker(
    "Coalition",
    "coalition",
    list(columns["coalition_id"]),
    labels,
    web.lookup_table(columns, "coalition_id", "name", "short_name"),
    "coalitions",
    help="The members of this coalition at the end of the date range, with their sources.",
)
chosen = columns[columns["coalition_id"] == coalition].iloc[0]
st.markdown(
    f"**{web.escape(chosen['name'])}** · {chosen['kind']} · established "
    f"{chosen['established_label'] or 'date not known'} · {chosen['size_label']}"
)
on_map = page_data.coalition_map(web.query, filters, coalition)
clicked = web.chart(
    page_data.member_map(on_map, web.map_outlines(), filters.countries, chosen["short_name"]),
    web.map_key("coalition_map"),
    on_select="rerun",
    selection_mode="points",
    config=web.MAP_CONFIG,
)
st.caption(
    "Click a country to add it to the country filter and to get a link to its profile; the countries in "
    "the filter are outlined. "
    + map_note(on_map, web.map_outlines())
)
web.add_clicked(clicked.selection.points)
web.clicked_profile(on_map)
members = page_data.coalition_members(
    web.query, filters, coalition, web.page_number("members_page", "the coalition's members")
)
web.table(
    members,
    "members_page",
    {
        "member": "Member",
        "iso3": "ISO3",
        "role": "Role",
        "joined_label": "Joined",
        "left_label": "Left",
        "citations": st.column_config.TextColumn("Sources", width="large"),
        "note": "Note",
        "review": "Review status",
    },
    download=("Download these members (CSV)", f"members_{coalition}_{filters.end}.csv"),
    empty=f"No member of this coalition is named as of {as_of}.",
    profiles="actor_id",
)
