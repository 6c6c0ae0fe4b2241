"""The served entry: `streamlit run serve.py` runs the dashboard (app.py), its read-only data API
(/api/v1/...) beside the pages, and the middleware that serves static files compressed."""

import sys

import streamlit as st
from starlette.middleware import Middleware

from accountability.api import routes
from accountability.assets import CompressedAssets

# Every session's script runs on a thread of its own, and each sends some forty messages a run,
# each handing the GIL over and waiting to take it back. Under many readers the default 5 ms
# wait dominated: with 1 ms, 50 readers on two replicas saw p95 1.4-1.6 s instead of 2.9-4.4 s
# (benchmarks load), for about a tenth more CPU per run.
sys.setswitchinterval(0.001)

app = st.App("app.py", routes=routes(), middleware=[Middleware(CompressedAssets)])
