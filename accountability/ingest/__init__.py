"""Article ingest: read articles, propose the records they state, store them as candidates.

read -> sentences -> (dates, actors, coalitions, figures) -> extract_* -> store; review and
evaluate work on what the store wrote. Nothing here imports Streamlit.
"""
