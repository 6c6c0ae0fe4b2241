"""Dates in article text, resolved against the publication date at the precision the text supports.

A mention such as "on Thursday" or "August 5" is resolved for the first and for the last day the
publication date allows (a month-precision date allows a whole month); where the two answers
fall in the same day, month or year, that is the precision kept, otherwise the mention is
dropped. So no day is ever invented. Weekday and month arithmetic comes from python-dateutil.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil import parser as dateutil_parser
from dateutil.relativedelta import relativedelta

from ..dates import parse_partial, period_end
from .figures import UNITS_WORDS

Interval = tuple[date, date]
Candidates = Callable[[date], list[Interval]]

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            (),
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sept", "Sep"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ]
    )
    for name in names
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
# Counts in "two weeks ago": the number words, plus "a"/"an".
SMALL = {"a": 1, "an": 1, **{w: n for w, n in UNITS_WORDS.items() if n <= 10}}

_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_RANGE = r"(?P<range>\s*(?:-|–|—|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?"
_NOT_YEAR_NEXT = r"(?!\s*,?\s*(?:19|20)\d\d)(?![\d,.]?\d)"

# A preposition right before a date says what role the date plays.
_ROLE_WORDS = re.compile(
    r"(?P<lead>\b(?:as of|as at|by|until|till|through|since|from|on|in|at|during|of|early|mid|late|"
    r"the end of|the start of|the beginning of|the middle of|end of|start of|beginning of|"
    r"at the end of|at the start of|at the beginning of)[\s-]+(?:at least\s+|at the latest\s+)?(?:the\s+)?)$",
    re.IGNORECASE,
)
FUTURE = re.compile(
    r"\b(?:will|shall|is to|are to|is due to|are due to|is set to|are set to|plans? to|planned to|"
    r"is expected to|are expected to|to be held)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Published:
    """The publication date as a period: a day, or every day of a month or year."""

    value: str
    precision: str

    @property
    def first(self) -> date:
        return parse_partial(self.value, self.precision)

    @property
    def last(self) -> date:
        return period_end(self.first, self.precision)


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the sentence, including a leading preposition
    end: int
    text: str
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    precision: str
    role: str  # plain | asof | since
    note: str


def _month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _fixed(interval: Interval) -> Candidates:
    return lambda _p: [interval]


def _yearly(make: Callable[[int], Interval]) -> Candidates:
    """A date that names no year: the same day or month in the years around the publication."""

    def candidates(p: date) -> list[Interval]:
        out = []
        for year in (p.year - 1, p.year, p.year + 1):
            try:
                out.append(make(year))
            except ValueError:
                continue
        return out

    return candidates


def _day(year: int, month: int, day: int) -> Interval:
    value = date(year, month, day)
    return value, value


def _weekday(name: str, modifier: str) -> Candidates:
    index = WEEKDAYS.index(name)

    def candidates(p: date) -> list[Interval]:
        past = p + relativedelta(weekday=index, days=-6)  # the last such day on or before p
        if modifier == "last" and past == p:
            past -= timedelta(days=7)
        future = p + relativedelta(days=+1, weekday=index)  # the next such day after p
        return [(past, past), (future, future)] if modifier != "next" else [(future, future)]

    return candidates


def _week(offset: int, earlier: bool) -> Candidates:
    def candidates(p: date) -> list[Interval]:
        monday = p - timedelta(days=p.weekday()) + timedelta(weeks=offset)
        end = p - timedelta(days=1) if earlier and offset == 0 else monday + timedelta(days=6)
        return [(monday, max(monday, end))]

    return candidates


def _relative_month(offset: int) -> Candidates:
    def candidates(p: date) -> list[Interval]:
        shifted = p + relativedelta(months=offset)
        return [_month_interval(shifted.year, shifted.month)]

    return candidates


def _relative_year(offset: int) -> Candidates:
    return lambda p: [(date(p.year + offset, 1, 1), date(p.year + offset, 12, 31))]


def _ago(amount: int, unit: str) -> Candidates:
    def candidates(p: date) -> list[Interval]:
        if unit.startswith("day"):
            d = p - timedelta(days=amount)
            return [(d, d)]
        if unit.startswith("month"):
            shifted = p - relativedelta(months=amount)
            return [_month_interval(shifted.year, shifted.month)]
        return [(date(p.year - amount, 1, 1), date(p.year - amount, 12, 31))]

    return candidates


def _season(name: str, year: int | None) -> Candidates:
    first, last = SEASONS[name]
    make = lambda y: (date(y, first, 1), _month_interval(y, last)[1])  # noqa: E731
    return _fixed(make(year)) if year else _yearly(make)


def _relative_day(word: str) -> Candidates:
    shift = {"yesterday": -1, "tomorrow": 1}.get(word.lower(), 0)
    return lambda p: [(p + timedelta(days=shift), p + timedelta(days=shift))]


def _g(match: re.Match, name: str) -> str | None:
    return match.groupdict().get(name)


def _build_day(match: re.Match) -> Candidates:
    month, day = MONTHS[_g(match, "month")], int(_g(match, "day"))
    if _g(match, "year"):
        return _fixed(_day(int(_g(match, "year")), month, day))
    return _yearly(lambda y: _day(y, month, day))


def _build_month(match: re.Match) -> Candidates:
    month = MONTHS[_g(match, "month")]
    if _g(match, "year"):
        return _fixed(_month_interval(int(_g(match, "year")), month))
    return _yearly(lambda y: _month_interval(y, month))


_YEAR_SHIFT = {"this": 0, "last": -1, "previous": -1, "past": -1, "next": 1}


def _build_month_of_year(match: re.Match) -> Candidates:
    month, shift = MONTHS[_g(match, "month")], _YEAR_SHIFT[match["mod"].lower()]
    if _g(match, "day"):
        return lambda p: [_day(p.year + shift, month, int(match["day"]))]
    return lambda p: [_month_interval(p.year + shift, month)]


# A bare month ("a June report") or year ("since 2022") is a date only after one of these words;
# "May" the verb and "2022 cases" the count stay out.
_MONTH_LEAD = re.compile(r"\b(?:in|since|from|by|until|of|early|late|mid|last|this|next|end of)[\s-]+$", re.I)
_YEAR_LEAD = re.compile(
    r"(?:^|\b(?:in|since|from|by|until|during|throughout|of|for|early|late|mid|end|beginning|start|before|"
    r"after|the|spring|summer|fall|autumn|winter)[\s-]+)$",
    re.I,
)
_WHOLE_YEAR = lambda m: _fixed((date(int(m["year"]), 1, 1), date(int(m["year"]), 12, 31)))  # noqa: E731
_SHIFT = lambda m: 1 if m["mod"].lower() == "next" else -1  # noqa: E731

Pattern = tuple[re.Pattern, Callable[[re.Match], Candidates], re.Pattern | None]


def _p(
    regex: str, build: Callable[[re.Match], Candidates], lead: re.Pattern | None = None, flags: int = 0
) -> Pattern:
    return re.compile(regex, flags), build, lead


# 'March 2 of the previous year', 'in April of this year', 'March last year': that year's day or month.
_OF_YEAR = r",?\s+(?:of\s+)?(?:the\s+)?(?P<mod>this|last|next|previous|past)\s+year\b"

# Longest forms first: a later pattern never takes text an earlier one matched.
PATTERNS: list[Pattern] = [
    _p(
        r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b",
        lambda m: _fixed(_day(int(m["y"]), int(m["m"]), int(m["d"]))),
    ),
    _p(r"\b" + _WD + _D + r"\s+(?:of\s+)?" + _M + _OF_YEAR, _build_month_of_year),
    _p(r"\b" + _WD + _M + r"\s+" + _D + _OF_YEAR, _build_month_of_year),
    _p(r"\b" + _WD + _D + _RANGE + r"\s+(?:of\s+)?" + _M + r",?\s+" + _Y + r"\b", _build_day),
    _p(r"\b" + _WD + _M + r"\s+" + _D + _RANGE + r",?\s+" + _Y + r"\b", _build_day),
    _p(r"\b" + _WD + _D + _RANGE + r"\s+(?:of\s+)?" + _M + r"\b" + _NOT_YEAR_NEXT, _build_day),
    _p(r"\b" + _WD + _M + r"\s+" + _D + _RANGE + r"\b" + _NOT_YEAR_NEXT, _build_day),
    _p(r"\b" + _M + r",?\s+" + _Y + r"\b", _build_month),
    _p(
        r"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn)\s+(?:of\s+)?" + _Y + r"\b",
        lambda m: _season(m["season"].lower(), int(m["year"])),
        flags=re.I,
    ),
    _p(
        r"\bthe\s+(?P<season>spring|summer|fall|autumn)\b",
        lambda m: _season(m["season"].lower(), None),
        flags=re.I,
    ),
    _p(r"\b(?P<word>today|tonight|yesterday|tomorrow)\b", lambda m: _relative_day(m["word"]), flags=re.I),
    _p(r"\bthis\s+(?:morning|afternoon|evening)\b", lambda m: _relative_day("today"), flags=re.I),
    _p(
        r"\b(?:(?P<mod>last|next|this|on|earlier on)\s+)?(?P<wd>" + "|".join(WEEKDAYS) + r")\b",
        lambda m: _weekday(m["wd"], (m["mod"] or "").lower()),
    ),
    _p(
        r"\b(?:(?P<when>earlier|later)\s+)?this\s+week\b",
        lambda m: _week(0, (m["when"] or "").lower() == "earlier"),
        flags=re.I,
    ),
    _p(r"\b(?P<mod>last|next|past)\s+week\b", lambda m: _week(_SHIFT(m), False), flags=re.I),
    _p(r"\b(?:(?:earlier|later)\s+)?this\s+month\b", lambda m: _relative_month(0), flags=re.I),
    _p(r"\b(?P<mod>last|next|past)\s+month\b", lambda m: _relative_month(_SHIFT(m)), flags=re.I),
    _p(r"\b" + _M + _OF_YEAR, _build_month_of_year),
    _p(r"\b(?:(?:earlier|later)\s+)?this\s+year\b", lambda m: _relative_year(0), flags=re.I),
    _p(r"\b(?P<mod>last|next|past)\s+year\b", lambda m: _relative_year(_SHIFT(m)), flags=re.I),
    _p(
        r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
        r"(?P<unit>days?|months?|years?)\s+ago\b",
        lambda m: _ago(int(m["n"]) if m["n"].isdigit() else SMALL[m["n"].lower()], m["unit"].lower()),
        flags=re.I,
    ),
    _p(r"\b" + _M + r"\b(?![\s-]*\d)", _build_month, _MONTH_LEAD),
    # With no word before it, only a month's full name: 'May' may be a verb, 'Jan' a first name.
    _p(
        r"\b(?!May\b)(?=[A-Z][a-z]{3,}\b)" + _M + r"\b(?![\s-]*\d)(?!\s+(?:on|to|against|through)\b)",
        _build_month,
    ),
    _p(r"\b" + _Y + r"\b(?![-/)]?\w)", _WHOLE_YEAR, _YEAR_LEAD),
]


def _pick(candidates: list[Interval], p: date, future: bool) -> Interval:
    """The reading nearest to the publication date that agrees with the tense of the sentence."""
    margin = timedelta(days=31)
    allowed = [c for c in candidates if (c[1] >= p - margin if future else c[0] <= p + margin)] or candidates
    return min(
        allowed, key=lambda c: 0 if c[0] <= p <= c[1] else min(abs((c[0] - p).days), abs((c[1] - p).days))
    )


def _precision(lo: date, hi: date) -> tuple[str, str] | None:
    if lo == hi:
        return lo.isoformat(), "day"
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.year:04d}-{lo.month:02d}", "month"
    if lo.year == hi.year:
        return f"{lo.year:04d}", "year"
    return None


def find(text: str, published: Published | None) -> list[DateMention]:
    """Every date the sentence names, in order, each at the precision it supports."""
    taken: list[tuple[int, int]] = []
    mentions: list[DateMention] = []
    future = bool(FUTURE.search(text))
    for pattern, build, lead_needed in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if lead_needed and not lead_needed.search(text[:start]):
                continue
            candidates = build(match)
            # Probes two years apart: '29 February' has one reading around 2001 and another around 2003.
            fixed = candidates(date(2001, 1, 1)) == candidates(date(2003, 6, 1))
            if not fixed and published is None:
                continue
            try:
                if fixed:
                    lo, hi = candidates(date(2001, 1, 1))[0]
                else:
                    first = _pick(candidates(published.first), published.first, future)
                    last = _pick(candidates(published.last), published.last, future)
                    lo, hi = min(first[0], last[0]), max(first[1], last[1])
            except (ValueError, IndexError):
                continue
            if match.groupdict().get("range"):
                hi = lo  # "13-14 April": the first day, as the event began then
            resolved = _precision(lo, hi)
            if resolved is None:
                continue
            taken.append((start, end))
            lead = _ROLE_WORDS.search(text[:start])
            lead_text = lead.group("lead").lower() if lead else ""
            role = (
                "asof"
                if re.match(r"(as of|as at|by|until|till|through)\b", lead_text)
                else ("since" if re.match(r"(since|from)\b", lead_text) else "plain")
            )
            begin = lead.start() if lead else start
            value, precision = resolved
            note = ""
            if not fixed:
                note = f"“{match.group(0)}” read as {value} against the publication date {published.value}."
            elif match.groupdict().get("range"):
                note = f"“{match.group(0)}” names several days; the first is kept."
            mentions.append(DateMention(begin, end, text[begin:end], value, precision, role, note))
    return sorted(mentions, key=lambda m: m.start)


def parse_header_date(text: str) -> tuple[str, str] | None:
    """A publication date as written in a header or a meta tag, with the precision it gives."""
    text = text.strip()
    if not text:
        return None
    shape = re.fullmatch(r"((?:19|20)\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?", text)
    if shape:
        year, month, day = shape.groups()
        precision = "day" if day else "month" if month else "year"
        value = text
    else:
        try:
            a = dateutil_parser.parse(text, default=datetime(2000, 1, 1), fuzzy=False)
            b = dateutil_parser.parse(text, default=datetime(2001, 2, 2), fuzzy=False)
        except (ValueError, OverflowError):
            return None
        if a.year != b.year:
            return None
        if a.month != b.month:
            value, precision = f"{a.year:04d}", "year"
        elif a.day != b.day:
            value, precision = f"{a.year:04d}-{a.month:02d}", "month"
        else:
            value, precision = a.date().isoformat(), "day"
    try:
        parse_partial(value, precision)
    except ValueError:
        return None
    return value, precision


# 'On the same day', 'The day before', 'A week earlier': a day counted from the one told just before.
ANCHORED = re.compile(
    r"\b(?:on\s+)?(?:(?:that\s+|the\s+)same\s+day|the\s+day\s+before|the\s+previous\s+day|the\s+(?:next|following)\s+day"
    r"|(?P<n>a|one|two|three)\s+(?P<unit>days?|weeks?)\s+(?P<way>earlier|later))\b(?!\s+than\b)",
    re.I,
)


def anchored(text: str, anchor: DateMention | None) -> list[DateMention]:
    """Days the sentence counts from `anchor`, a day named in the sentences before it."""
    if anchor is None or anchor.precision != "day":
        return []
    found = []
    for match in ANCHORED.finditer(text):
        words = match.group(0).lower()
        if match["n"]:
            shift = SMALL[match["n"].lower()] * (7 if match["unit"].lower().startswith("week") else 1)
            shift = -shift if match["way"].lower() == "earlier" else shift
        else:
            shift = (
                -1
                if ("before" in words or "previous" in words)
                else (1 if "day" in words and "same" not in words else 0)
            )
        value = (date.fromisoformat(anchor.value) + timedelta(days=shift)).isoformat()
        note = f"“{match.group(0)}” read as {value}, counted from {anchor.text.strip()!r} told before it."
        found.append(DateMention(match.start(), match.end(), match.group(0), value, "day", "plain", note))
    return found
