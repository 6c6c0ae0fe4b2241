"""Hostile query strings for the pages and the API: what a careless or malicious link may hold.

Unknown and mixed codes, names in odd case, hundreds of repeated values, 10 kB values, unicode
(right-to-left marks, emoji, NUL, combining marks), HTML and script, SQL fragments, path
traversal, impossible, reversed, far-past and far-future dates, one date or three, unknown
parameters. `hostile_query(rng)` draws one from a seeded random.Random (fast, for the fuzz
benchmark); tests/test_fuzz.py draws the same pools through hypothesis strategies.
"""

from __future__ import annotations

import random
from urllib.parse import quote

KEYS = (
    "country", "dates", "candidates", "metric", "coalition", "source", "events_page", "members_page",
    "figures_page", "sources_page", "matrix_page", "disagreements_page", "records_page", "limit", "offset",
)
ODD_KEYS = ("Country", "country[]", "", "dates ", "__proto__", "limit\x00", "x" * 300, "%", "💥")

NASTY = (
    "", " ", "LTU", "ltu", "lItHuAnIa", "POL", "UKR", "XXX", "ZZZ", "eurojust", "EUROJUST",
    "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<svg onload=alert(1)>",
    "javascript:alert(1)", "[x](javascript:alert(1))", "**bold**", "`code`", "$x$", "{{7*7}}",
    "' OR 1=1 --", "'; DROP TABLE events; --", "1; COPY events TO '/tmp/x'", "$countries", "NULL",
    "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "/etc/passwd", "C:\\Windows\\win.ini",
    "\u202eABC", "\u200f\u202bUKR", "👩‍⚖️", "🇺🇦", "\x00", "a\x00b", "\x1b[31m", "\r\nSet-Cookie: x=1",
    "e\u0301\u0301\u0301", "Z̸̢͎̈́͘a̵̧͉͌l̶̹̔g̵̱̈o̶̰͝", "ǅ", "İ", "ß", "\ufeff", "\udcff",
    "true", "false", "maybe", "1", "0", "-1", "1e9", "9" * 30, "NaN", "inf", "0x10", "١٢", "²",
)
DATES = (
    "2022-01-01", "2024-12-31", "2023-02-30", "2023-13-01", "0000-00-00", "1900-01-01", "9999-12-31",
    "20220101", "2022-1-1", "01/02/2022", "2022-01-01T00:00:00", "yesterday", "2022-W01", "-2022-01-01",
    "２０２２-０１-０１", "2022‐01‐01",
)


PLANES = (range(0, 0x80), range(0x80, 0x3000), range(0x1F300, 0x1FB00))  # ASCII with controls, scripts, emoji


def value(rng: random.Random) -> str:
    """One hostile value: from the pools, a long one, random unicode, or a mix."""
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(NASTY + DATES)
    if roll < 0.65:  # up to 10 kB
        return ((rng.choice(NASTY) or "x") * 10_000)[: rng.randint(1_000, 10_000)]
    if roll < 0.85:
        return "".join(chr(rng.choice(PLANES[rng.randrange(len(PLANES))])) for _ in range(rng.randint(1, 30)))
    return rng.choice(NASTY) + rng.choice(DATES) + rng.choice(NASTY)


def pairs(rng: random.Random) -> list[tuple[str, str]]:
    """(key, value) pairs: mostly the pages' keys, some repeated hundreds of times, some unknown."""
    found: list[tuple[str, str]] = []
    for _ in range(rng.randint(0, 6)):
        key = rng.choice(KEYS) if rng.random() < 0.85 else rng.choice(ODD_KEYS)
        if key == "dates":
            count = rng.choice((1, 2, 2, 2, 3))
            found += [("dates", rng.choice(DATES)) for _ in range(count)]
        elif rng.random() < 0.05:
            repeated = value(rng)[:100] if rng.random() < 0.3 else rng.choice(NASTY[:12])
            found += [(key, repeated)] * rng.randint(100, 400)
        else:
            found.append((key, value(rng)))
    return found


def encode(items: list[tuple[str, str]], rng: random.Random | None = None) -> str:
    """A query string as a browser would send it (percent-encoded), sometimes with raw bad escapes."""
    text = "&".join(f"{_quoted(k)}={_quoted(v)}" for k, v in items)
    if rng is not None and rng.random() < 0.05:
        text += rng.choice(("&%FF%FE=%C0%AF", "&=&&=", "&a", "&%", "&%zz=1", ";x=1"))
    return text


def _quoted(text: str) -> str:
    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def hostile_query(rng: random.Random) -> str:
    return encode(pairs(rng), rng)
