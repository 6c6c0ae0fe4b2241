"""Streamlit glue, and the only place that imports Streamlit: pages use what this module names.

- data: the cached connection and named queries, lookups that links are read with
- url: the view's state in the address bar, through the codec in accountability.filters
- widgets: the sidebar filters, pickers, tables with pager and download, notices, the share box
"""

from __future__ import annotations

from ..filters import Filters
from ..lookups import lookup_table
from . import url
from .data import actor_names, map_outlines, query, release_id
from .standalone import run_through_entry_script
from .widgets import (
    MAP_CONFIG,
    add_clicked,
    data_error,
    escape,
    map_key,
    page_number,
    pager,
    picker,
    table,
    wanted_pick,
)


def current_filters() -> Filters:
    """The filters the sidebar set on this run (the entry script sets them before the page runs)."""
    if not url.has_filters():
        run_through_entry_script()
    return url.filters()


__all__ = [
    "MAP_CONFIG", "actor_names", "add_clicked", "current_filters", "data_error", "escape", "lookup_table",
    "map_key", "map_outlines", "page_number", "pager", "picker", "query", "release_id", "table",
    "wanted_pick",
]
