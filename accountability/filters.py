"""The filters every page shares, and the one codec between them and a link's query string.

A link holds ISO3 codes and ids (`?country=LTU&country=POL&dates=2022-01-01&dates=2022-12-31`).
Reading one is pure: `Filters.from_query(query, known)` gives the filters and a plain-words
notice for each value it had to ignore; `Filters.to_query(default)` writes the canonical form
back. Page picks (`metric`, `coalition`, `source`, a table's page number) go through
`read_pick` and `read_page` here too, and `canonical_query` puts everything in one order.

Values from a URL are untrusted: unknown codes, malformed, impossible or reversed dates and
anything too long or too many are dropped, and the notice shows them escaped and shortened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from .text import shorten

EARLIEST = date(2013, 11, 21)  # the ICC's Ukraine jurisdiction starts here; nothing is earlier
LATEST = date(2030, 12, 31)
MAX_VALUES = 200  # values of one parameter read from a link; the rest are ignored with a notice
MAX_PAGE = 1_000_000
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits: \d would take any script's
TRUE_WORDS = {"true": True, "1": True, "yes": True, "on": True, "false": False, "0": False, "no": False,
              "off": False}

# The query keys of the shared filters, in the order a link writes them.
COUNTRY, DATES, CANDIDATES = "country", "dates", "candidates"
FILTER_KEYS = (COUNTRY, DATES, CANDIDATES)

Query = Mapping[str, Sequence[str]]

# Each page's address and the picks (pickers, table pages, switches) its link can carry besides the
# filters: the pages and the data API read links by this one list.
PAGE_PICKS: dict[str, tuple[str, ...]] = {
    "": (),
    "timeline": ("events_page",),
    "coalitions": ("coalition", "matrix_page", "members_page"),
    "cases": ("metric", "figures_page", "disagreements_page", "events"),
    "sources": ("source", "sources_page", "records_page"),
    "actor": ("actor", "actor_events_page", "actor_figures_page"),
    "methods": (),
    "review": (),
}
PICK_KEYS = tuple(dict.fromkeys(key for keys in PAGE_PICKS.values() for key in keys))


@dataclass(frozen=True)
class Known:
    """What a link's values are checked against: names, codes and ids, and the default range."""

    countries: Mapping[str, str]  # casefolded token (id, ISO3, name or alias) -> actor id
    span: tuple[date, date]


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

    @classmethod
    def default(cls, known: Known) -> Filters:
        return cls(start=known.span[0], end=known.span[1])

    @classmethod
    def from_query(cls, query: Query, known: Known) -> tuple[Filters, list[str]]:
        """The filters a link asks for, and a notice for every part of it that was ignored."""
        countries, notices = resolve(query.get(COUNTRY, ()), known.countries, "country codes")
        (start, end), date_notices = parse_dates(list(query.get(DATES, ())), known.span)
        candidates, flag_notices = parse_flag(query.get(CANDIDATES, ()), "candidates")
        filters = cls(start, end, tuple(countries), candidates)
        return filters, notices + date_notices + flag_notices

    def to_query(self, default: tuple[date, date]) -> dict[str, list[str]]:
        """The canonical query of these filters: codes and ids, defaults left out."""
        query: dict[str, list[str]] = {}
        if self.countries:
            query[COUNTRY] = list(self.countries)
        if (self.start, self.end) != default:
            query[DATES] = [self.start.isoformat(), self.end.isoformat()]
        if self.include_candidates:
            query[CANDIDATES] = ["true"]
        return query


def shown(token: str, limit: int = 40) -> str:
    """A value from a link as a notice shows it: control characters escaped, long ones cut."""
    visible = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in token)
    return f"“{shorten(visible, limit)}”"


def listed(tokens: Sequence[str]) -> str:
    unique = list(dict.fromkeys(tokens))
    more = f" and {len(unique) - 5} more" if len(unique) > 5 else ""
    return ", ".join(shown(t) for t in unique[:5]) + more


def resolve(tokens: Iterable[str], lookup: Mapping[str, str], what: str) -> tuple[list[str], list[str]]:
    """Map link tokens (ids, codes or names, any case) to ids; unknown ones become one notice."""
    tokens = list(tokens)
    values: list[str] = []
    unknown: list[str] = []
    for token in tokens[:MAX_VALUES]:
        value = lookup.get(token.strip().casefold())
        if value is None:
            unknown.append(token)
        elif value not in values:
            values.append(value)
    notices = [f"Ignored unknown {what}: {listed(unknown)}."] if unknown else []
    if len(tokens) > MAX_VALUES:
        notices.append(f"Ignored {len(tokens) - MAX_VALUES:,} {what} after the first {MAX_VALUES}.")
    return values, notices


def parse_dates(tokens: list[str], default: tuple[date, date]) -> tuple[tuple[date, date], list[str]]:
    """A (start, end) range from two YYYY-MM-DD dates; anything else gives the default and a notice."""
    if not tokens:
        return default, []
    range_shown = " to ".join(shown(t, 20) for t in tokens[:2])
    if len(tokens) != 2:
        return default, [
            f"Ignored the date range {range_shown}{' …' if len(tokens) > 2 else ''}: "
            f"a range needs two dates, it had {len(tokens)}."
        ]
    if not all(ISO_DATE.fullmatch(t.strip()) for t in tokens):
        return default, [f"Ignored the date range {range_shown}: dates must be written YYYY-MM-DD."]
    try:
        start, end = (date.fromisoformat(t.strip()) for t in tokens)
    except ValueError:
        return default, [
            f"Ignored the date range {range_shown}: dates must be real calendar dates written YYYY-MM-DD."
        ]
    if start > end:
        return default, [f"Ignored the date range {range_shown}: it ends before it starts."]
    if start < EARLIEST or end > LATEST:
        return default, [
            f"Ignored the date range {range_shown}: dates must fall between "
            f"{EARLIEST.isoformat()} and {LATEST.isoformat()}."
        ]
    return (start, end), []


def parse_flag(tokens: Sequence[str], key: str) -> tuple[bool, list[str]]:
    """An on/off switch: true/false (or 1/0, yes/no, on/off); anything else is off, with a notice."""
    if not tokens:
        return False, []
    value = TRUE_WORDS.get(tokens[-1].strip().casefold())
    if value is None:
        return False, [f"Ignored {key}={shown(tokens[-1])}: it must be true or false."]
    return value, []


def read_pick(tokens: Sequence[str], lookup: Mapping[str, str], what: str) -> tuple[str | None, list[str]]:
    """A page picker's value from a link: the first known token, or None with a notice."""
    values, notices = resolve(tokens[:1], lookup, what)
    if len(tokens) > 1:
        notices.append(f"Ignored {len(tokens) - 1:,} more {what} after the first: a page shows one.")
    return (values[0] if values else None), notices


def whole_number(token: str) -> bool:
    """ASCII digits, few enough to read (int() refuses more than 4,300 of them)."""
    return token.isascii() and token.isdigit() and len(token) <= 18


def read_page(tokens: Sequence[str], what: str) -> tuple[int, list[str]]:
    """A table's page number from a link (1 is the first); a bad one gives the first page."""
    if not tokens:
        return 1, []
    token = tokens[-1].strip()
    if whole_number(token) and 1 <= int(token) <= MAX_PAGE:
        return int(token), []
    return 1, [f"Ignored the page number {shown(token, 20)} of {what}: it must be a whole number from 1."]


def canonical_query(
    filters: Filters, default: tuple[date, date], picks: Mapping[str, str]
) -> dict[str, list[str]]:
    """The whole view's query: the shared filters, then the page's picks in a fixed order."""
    query = filters.to_query(default)
    query.update({key: [value] for key, value in sorted(picks.items()) if value})
    return query


def query_string(query: Mapping[str, Sequence[str]]) -> str:
    """`country=LTU&country=POL&...`: a query as a link writes it."""
    return urlencode([(key, value) for key, values in query.items() for value in values])
