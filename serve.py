"""The dashboard (app.py) and its read-only data API (/api/v1/...) in one process.

    streamlit run serve.py
"""

import streamlit as st

from accountability.api import routes

app = st.App("app.py", routes=routes())
