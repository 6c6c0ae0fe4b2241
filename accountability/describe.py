"""Plain-words descriptions of the current filters and of what a chart leaves out, for captions."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import pandas as pd

from .dates import label
from .filters import Filters

# The data's vocabularies as a reader says them.
RECORD_KINDS = {
    "events": "event", "memberships": "membership", "statistics": "figure", "coalitions": "coalition"
}
SOURCE_KINDS = {"corpus": "full text held here", "reference": "cited by address"}


def scope(filters: Filters, names: Mapping[str, str]) -> str:
    """'between 1 Jan 2022 and 31 Dec 2023 for Lithuania, Poland'."""
    text = f"between {label(filters.start, 'day')} and {label(filters.end, 'day')}"
    if filters.countries:
        shown = [names.get(c, c) for c in filters.countries]
        text += " for " + (", ".join(shown[:4]) + (f" and {len(shown) - 4} more" if len(shown) > 4 else ""))
    return text


def review_labels(statuses) -> list[str]:
    """The table column that marks records no analyst has accepted yet."""
    return ["unreviewed" if status == "candidate" else "accepted" for status in statuses]


def empty_reason(what: str, filters: Filters, names: Mapping[str, str]) -> str:
    hint = "clear the country filter or widen the date range" if filters.countries else "widen the date range"
    return f"No {what} {scope(filters, names)}. Try to {hint}."


def _listed(names: list[str], limit: int = 4) -> str:
    """'A', 'A and B', 'A, B and C', 'A, B, C, D and 2 more'."""
    if len(names) > limit:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} more"
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


def map_note(members: pd.DataFrame, drawable: Collection[str]) -> str:
    """Which members the map leaves out and why: not states, or too small for its outlines."""
    if members.empty:
        return ""
    states = members["iso3"].notna()
    not_states = list(members.loc[~states, "member"])
    too_small = list(members.loc[states & ~members["iso3"].isin(set(drawable)), "member"])
    notes = []
    if not_states:
        are = "is not a state" if len(not_states) == 1 else "are not states"
        notes.append(
            f"{len(not_states)} of {len(members)} members {are} and so not on the map: {_listed(not_states)}."
        )
    if too_small:
        are = "is" if len(too_small) == 1 else "are"
        notes.append(f"{_listed(too_small)} {are} too small to draw at this scale.")
    if notes:
        notes.append("The table below lists every member.")
    return " ".join(notes)
