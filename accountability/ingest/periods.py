"""Dates that bound a span of time rather than date a happening: 'crimes committed from November 2013
to February 2014', 'between October 2022 and March 2023', 'from 2014 onwards', 'starting from 2014'.
A span of a few days ('from 3 to 5 March') is a meeting's and stays an event's date."""

from __future__ import annotations

import re

OPENS = re.compile(r"\b(?:between|from)\s+$", re.I)
JOINS = re.compile(r"\s+(?:and|to|until|till|through)\s+", re.I)
ONWARDS = re.compile(r"\s*,?\s*onwards?\b", re.I)
STARTING = re.compile(r"\bstarting(?:\s+from)?\s+$", re.I)
# Bounds this many months apart or more make a period, not a meeting's days.
PERIOD_MONTHS = 2


def _lead(text: str, mention) -> str:
    """The words before the date, its own leading preposition included ('from' of 'from 3 May')."""
    number = re.search(r"\d|\b[A-Z]", mention.text)
    return text[: mention.start] + mention.text[: number.start() if number else 0]


def _months(value: str) -> int:
    year, _, rest = value.partition("-")
    return int(year) * 12 + (int(rest[:2]) if rest else 1)


def bounds_a_period(analysed, mention) -> bool:
    """Does the date open or close a span of time the sentence names?"""
    text, dates = analysed.text, analysed.dates
    if ONWARDS.match(text, mention.end) or STARTING.search(_lead(text, mention)):
        return True
    later = next((d for d in dates if d.start >= mention.end), None)
    earlier = next((d for d in reversed(dates) if d.end <= mention.start), None)
    for first, second in ((mention, later), (earlier, mention)):
        if first is None or second is None or not OPENS.search(_lead(text, first)):
            continue
        joined = text[first.end : second.start] + _lead("", second)
        if JOINS.fullmatch(joined) and _months(second.value) - _months(first.value) >= PERIOD_MONTHS:
            return True
    return False
