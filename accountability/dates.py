"""Partial dates: a day, a month or a year, written at the precision the source gives."""

from __future__ import annotations

import calendar
import re
from datetime import date

_SHAPES = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}


def precision_of(text: str) -> str | None:
    """The precision that a date string is written at, or None if it is no date shape."""
    for precision, shape in _SHAPES.items():
        if shape.match(text):
            return precision
    return None


def parse_partial(text: str, precision: str) -> date:
    """The first day of the period a partial date names; ValueError if it is not that shape."""
    if precision not in _SHAPES or not _SHAPES[precision].match(text):
        raise ValueError(f"'{text}' is not a date at {precision} precision")
    if precision == "year":
        return date(int(text), 1, 1)
    if precision == "month":
        year, month = text.split("-")
        return date(int(year), int(month), 1)
    return date.fromisoformat(text)


def period_end(start: date, precision: str) -> date:
    """The last day of the period that starts on `start`."""
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def label(value: date | None, precision: str | None) -> str:
    """A human label that never claims more than the precision: '14 Jul 2022', 'Mar 2023', '2024'."""
    if value is None:
        return ""
    if precision == "year":
        return f"{value.year}"
    if precision == "month":
        return value.strftime("%b %Y")
    return f"{value.day} {value.strftime('%b %Y')}"
