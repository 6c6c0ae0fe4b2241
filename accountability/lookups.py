"""What a link's values are read against: tokens (ids, codes, names, any case) to ids. Pure."""

from __future__ import annotations

import pandas as pd

from .filters import Known
from .page_data import Sidebar


def lookup_table(frame: pd.DataFrame, value: str, *names: str) -> dict[str, str]:
    """token -> value, where a token is the value itself or any of the named columns, any case."""
    table: dict[str, str] = {}
    for row in frame.itertuples():
        target = getattr(row, value)
        for column in (value, *names):
            cell = getattr(row, column)
            items = list(cell) if isinstance(cell, list | tuple) or hasattr(cell, "tolist") else [cell]
            for item in items:
                if isinstance(item, str) and item:
                    table.setdefault(item.casefold(), target)
    return table


def known(bar: Sidebar) -> Known:
    """The countries (by id, ISO3 code, name or alias) and the default date range of a link."""
    return Known(lookup_table(bar.options, "actor_id", "iso3", "name", "aliases"), bar.span)
