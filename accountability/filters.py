"""The filters every page shares: countries and a date range, parsed from widget or URL state.

Values from a URL are untrusted: unknown countries and malformed, impossible or reversed dates
are dropped, and each drop yields a plain-words notice for the user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from .text import shorten

EARLIEST = date(2013, 11, 21)  # the ICC's Ukraine jurisdiction starts here; nothing is earlier
LATEST = date(2030, 12, 31)


@dataclass(frozen=True)
class Filters:
    start: date
    end: date
    countries: tuple[str, ...] = ()
    include_candidates: bool = False

    def params(self) -> dict:
        """The bound parameters every filtered query takes."""
        return {
            "countries": list(self.countries),
            "start_date": self.start,
            "end_date": self.end,
            "include_candidates": self.include_candidates,
        }


@dataclass
class Parsed:
    """What was read from the URL, and what was ignored."""

    values: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def resolve(tokens: Iterable[str], lookup: Mapping[str, str], what: str) -> Parsed:
    """Map URL tokens (ids, codes or names, any case) to ids; unknown ones become a notice."""
    parsed = Parsed()
    unknown = []
    for token in tokens:
        value = lookup.get(token.strip().casefold())
        if value is None:
            unknown.append(token)
        elif value not in parsed.values:
            parsed.values.append(value)
    if unknown:
        shown = ", ".join(f"“{shorten(t)}”" for t in unknown[:5])
        more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
        parsed.notices.append(f"Ignored unknown {what}: {shown}{more}.")
    return parsed


def parse_dates(tokens: list[str], default: tuple[date, date]) -> tuple[tuple[date, date], list[str]]:
    """A (start, end) range from two ISO dates; anything else gives the default and a notice."""
    if not tokens:
        return default, []
    shown = " to ".join(shorten(t, 20) for t in tokens[:2])
    if len(tokens) != 2:
        return default, [f"Ignored the date range “{shown}”: a range needs two dates."]
    try:
        start, end = (date.fromisoformat(t.strip()) for t in tokens)
    except ValueError:
        return default, [
            f"Ignored the date range “{shown}”: dates must be real calendar dates written YYYY-MM-DD."
        ]
    if start > end:
        return default, [f"Ignored the date range “{shown}”: it ends before it starts."]
    if start < EARLIEST or end > LATEST:
        return default, [
            f"Ignored the date range “{shown}”: dates must fall between "
            f"{EARLIEST.isoformat()} and {LATEST.isoformat()}."
        ]
    return (start, end), []


def share_query(filters: Filters, default: tuple[date, date], pickers: Mapping[str, str]) -> str:
    """The query string of a link that opens this view: countries as ids (ISO3 for states)."""
    pairs: list[tuple[str, str]] = [("country", c) for c in filters.countries]
    if (filters.start, filters.end) != default:
        pairs += [("dates", filters.start.isoformat()), ("dates", filters.end.isoformat())]
    pairs += [(key, value) for key, value in pickers.items() if value]
    return urlencode(pairs)
