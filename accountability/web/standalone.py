"""The one private Streamlit setting the dashboard touches, kept alone here with a test of its own.

A server whose first request is a page's own address (/timeline) runs that page file alone,
because a pages/ folder beside app.py looks like an old-style multipage app until st.navigation
has been called once in the process. Streamlit offers no public switch for this; the test
tests/test_standalone.py fails when the attribute below changes meaning.
"""

from __future__ import annotations

import streamlit as st


def run_through_entry_script() -> None:
    """Turn the old multipage mode off for this process and run the request again through app.py."""
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False
    st.rerun()
