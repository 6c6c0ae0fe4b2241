"""Plain-words descriptions of the current filters, for captions and empty states."""

from __future__ import annotations

from collections.abc import Mapping

from .filters import Filters


def scope(filters: Filters, names: Mapping[str, str]) -> str:
    """'between 1 Jan 2022 and 31 Dec 2023 for Lithuania, Poland'."""
    text = f"between {filters.start:%-d %b %Y} and {filters.end:%-d %b %Y}"
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
