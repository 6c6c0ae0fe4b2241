"""Sources: every document behind the data; a corpus document with its quoted passages."""

import streamlit as st

from accountability import web
from accountability.text import highlighted_markdown

sources = web.query("source_list")

st.title("Sources")
st.caption(
    f"{len(sources):,} sources: {int((sources['kind'] == 'corpus').sum())} articles held in full text, "
    "whose quoted passages are highlighted below, and pages cited by address."
)
st.dataframe(
    sources[["published_label", "title", "outlet", "kind", "n_records", "url"]],
    hide_index=True,
    column_config={
        "published_label": "Published", "title": "Title", "outlet": "Outlet", "kind": "Kind",
        "n_records": st.column_config.NumberColumn("Records cited", format="%d"),
        "url": st.column_config.LinkColumn("Address"),
    },
)
st.download_button(
    "Download the source list (CSV)",
    sources.to_csv(index=False).encode("utf-8"),
    file_name="sources.csv",
    mime="text/csv",
    icon=":material/download:",
)

st.subheader("One source and the records drawn from it")
labels = {
    s.source_id: f"{s.title} ({s.outlet or s.kind}, {s.published_label or 'undated'})"
    for s in sources.itertuples()
}
source_id = web.picker(
    "Source",
    "source",
    list(sources["source_id"]),
    labels,
    web.lookup_table(sources, "source_id"),
    "sources",
)
document = web.query("source_document", source_id=source_id).iloc[0]
st.markdown(
    f"**{web.escape(document['title'])}** · {web.escape(document['outlet'] or '')} · "
    f"{document['published_label'] or 'undated'}"
)
if document["url"]:
    st.link_button("Open the original", document["url"], icon=":material/open_in_new:")
if document["note"]:
    st.caption(web.escape(document["note"]))
if document["kind"] == "corpus" and document["text"]:
    quotes = list(document["quotes"]) if document["quotes"] is not None else []
    with st.container(border=True, height=420):
        st.markdown(highlighted_markdown(document["text"], quotes))
    st.caption(f"{len(set(quotes))} quoted passages highlighted.")
else:
    st.caption("A reference source: its text is not held here; the records below paraphrase it.")

records = web.query("source_records", source_id=source_id)
st.dataframe(
    records[["record_table", "date_label", "record", "quote", "note"]],
    hide_index=True,
    column_config={
        "record_table": "Kind", "date_label": "Date", "record": "Record",
        "quote": st.column_config.TextColumn("Quote", width="large"), "note": "Note",
    },
)
