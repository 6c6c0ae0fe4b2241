"""Streamlit glue, and the only place that imports Streamlit: pages use what this module names.

- data: the cached connection and named queries, lookups that links are read with
- url: the view's state in the address bar, through the codec in accountability.filters
- widgets: the sidebar filters, pickers, tables with pager and download, notices, the share box
"""

from __future__ import annotations

from typing import NoReturn

from ..filters import Filters
from ..lookups import lookup_table
from . import url
from .data import actor_names, known, map_outlines, prefetch, query, release_id, release_records, sidebar
from .standalone import run_through_entry_script
from .widgets import (
    EMPTY_CELL,
    MAP_CONFIG,
    add_clicked,
    chart,
    clicked_profile,
    data_error,
    escape,
    event_markers,
    map_key,
    page_number,
    pager,
    picker,
    profile_query,
    release_changes,
    released_on,
    stat,
    table,
    wanted_pick,
    worded,
)


class EndOfPage(Exception):
    """A page has said all it can (an empty state); the entry script goes on to write the address."""


def end_page() -> NoReturn:
    """Stop the page here, not the run: st.stop() would also skip the address and the share link."""
    raise EndOfPage


def entered() -> None:
    """Make sure this run came through app.py: a server's first request to a page's address runs the
    page alone (no sidebar, no filters, the old page list), so that run starts again through app.py."""
    if not url.has_filters():
        run_through_entry_script()


def current_filters() -> Filters:
    """The filters the sidebar set on this run (the entry script sets them before the page runs)."""
    entered()
    return url.filters()


__all__ = [
    "EMPTY_CELL", "EndOfPage", "MAP_CONFIG", "actor_names", "add_clicked", "chart", "clicked_profile",
    "current_filters", "data_error", "end_page", "entered", "escape", "event_markers", "known",
    "lookup_table",
    "map_key", "map_outlines", "page_number", "pager", "picker", "prefetch", "profile_query", "query",
    "release_changes", "release_id", "release_records", "released_on", "sidebar", "stat", "table",
    "wanted_pick", "worded",
]
