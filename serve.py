"""The served entry: `streamlit run serve.py` runs app.py with the middleware around it."""

import streamlit as st
from starlette.middleware import Middleware

from accountability.assets import CompressedAssets

app = st.App("app.py", middleware=[Middleware(CompressedAssets)])
