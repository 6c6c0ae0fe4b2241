"""Sources: every document behind the data; a corpus document with its quoted passages."""

import streamlit as st

from accountability import page_data, web
from accountability.describe import RECORD_KINDS, SOURCE_KINDS
from accountability.text import highlighted_markdown

filters = web.current_filters()
summary = page_data.dataset_summary(web.query, filters)
listing = page_data.source_list(web.query, web.page_number("sources_page", "the sources"))

st.title("Sources")
st.caption(
    f"{summary['sources']:,} sources: {summary['corpus_documents']:,} articles held in full text, "
    "whose quoted passages are highlighted below, and pages cited by address."
)
web.table(
    listing,
    "sources_page",
    {
        "published_label": "Published", "title": st.column_config.TextColumn("Title", width="large"),
        "outlet": "Outlet",
        "kind": web.worded("Kind", SOURCE_KINDS, width=128),
        "n_records": st.column_config.NumberColumn("Records cited", format="%d"),
        "url": st.column_config.LinkColumn("Address"),
    },
    download=("Download the source list (CSV)", "sources.csv"),
    empty="The dataset holds no sources yet.",
)

st.subheader("One source and the records drawn from it")
wanted = web.wanted_pick("source")
choices = page_data.source_choices(web.query, listing, wanted)
labels = {
    s.source_id: f"{s.title} ({s.outlet or s.kind}, {s.published_label or 'undated'})"
    for s in choices.itertuples()
}
source_id = web.picker(
    "Source",
    "source",
    list(choices["source_id"]),
    labels,
    web.lookup_table(choices, "source_id"),
    "sources",
    help="The sources on the page of the list above, and the one a link named.",
)
document, records = page_data.source_detail(
    web.query, source_id, web.page_number("records_page", "the source's records")
)
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

web.table(
    records,
    "records_page",
    {
        "record_table": web.worded("Kind", RECORD_KINDS), "date_label": "Date", "record": "Record",
        "quote": st.column_config.TextColumn("Quote", width="large"), "note": "Note",
    },
    empty="No record in the dataset cites this source.",
)
