"""Reading one article file: plain text, Markdown or HTML, with its header fields.

A text file may start with `title:`, `outlet:`, `published:` (or `date:`) and `url:` lines, then
a blank line. Fields a file does not give are inferred where the text allows (an HTML title or
meta tag, a Markdown heading, a dateline such as "LVIV, 9 May 2025 —") and left empty otherwise;
each inference is written into the source's note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .formats import html_to_text, markdown_to_text
from .when import parse_header_date

MAX_BYTES = 2 * 1024 * 1024
HEADER_LINE = re.compile(r"^\s*(title|outlet|published|date|url)\s*:\s*(.*?)\s*$", re.IGNORECASE)
MAGIC = {
    b"%PDF": "a PDF",
    b"PK\x03\x04": "a ZIP or Office file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old Office file",
}
DATELINES = [
    re.compile(r"^\s*date:?\s+(?P<date>\d{4}-\d{2}(?:-\d{2})?)\b", re.IGNORECASE),
    re.compile(
        r"^\s*[A-Z][A-Za-z .'’-]{1,40},\s+(?P<date>[A-Za-z0-9 ,.]{6,30}?\d{4})\s*(?:\([^)]{1,30}\)\s*)?[—–-]"
    ),
    re.compile(r"^\s*(?P<date>(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}))\s*[—–-]"),
]


class Unreadable(Exception):
    """A file that is not an article we can read; the message says why, in one line."""


@dataclass(frozen=True)
class Article:
    path: str
    title: str
    outlet: str
    published: str  # '' or written at its precision: 2023, 2023-04, 2023-04-13
    published_precision: str
    url: str
    body: str
    notes: tuple[str, ...] = field(default_factory=tuple)


def decode(raw: bytes) -> str:
    """Bytes as text: UTF-8 (a BOM allowed) or UTF-16 with its BOM; anything else is refused."""
    if not raw.strip():
        raise Unreadable("empty file")
    for magic, what in MAGIC.items():
        if raw.startswith(magic):
            raise Unreadable(f"binary file ({what}); save the article as text, Markdown or HTML")
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise Unreadable(f"not valid UTF-16 text ({error.reason} at byte {error.start})") from None
    sample = raw[:8192]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if b"\x00" in sample or controls > len(sample) * 0.05:
        raise Unreadable("binary file; save the article as text, Markdown or HTML")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Unreadable(
            f"not UTF-8 text (byte 0x{raw[error.start]:02x} at offset {error.start}); save it as UTF-8"
        ) from None


def read_file(path: Path) -> Article:
    path = Path(path)
    if not path.exists():
        raise Unreadable("no such file")
    if path.is_dir():
        raise Unreadable("is a directory, not a file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise Unreadable(
            f"too large ({size / 1024 / 1024:.1f} MB; the limit is {MAX_BYTES // 1024 // 1024} MB)"
        )
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise Unreadable(f"cannot be read: {error.strerror}") from None
    return parse(decode(raw), str(path))


def _kind(name: str, text: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if re.match(r"\s*(?:<!doctype html|<html)", text, re.IGNORECASE):
        return "html"
    return "text"


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Leading `key: value` lines followed by a blank line; no such block gives no header."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            return (header, "\n".join(lines[index + 1 :])) if header else ({}, text)
        match = HEADER_LINE.match(line)
        if not match:
            return {}, text
        key = "published" if match.group(1).lower() == "date" else match.group(1).lower()
        header[key] = match.group(2)
    return header, ""


def parse(text: str, name: str = "article.txt") -> Article:
    """An article from its file text; `name` tells the format by its suffix."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kind = _kind(name, text)
    notes: list[str] = []
    header, rest = split_header(text) if kind != "html" else ({}, text)
    found: dict[str, str] = {}
    heading = ""
    if kind == "html":
        body, found = html_to_text(rest)
    elif kind == "markdown":
        body, found, heading = markdown_to_text(rest)
    else:
        body = rest
    body = "\n".join(line.rstrip() for line in body.split("\n")).strip()
    if not body:
        raise Unreadable("no article text in the file")
    fields = {key: header.get(key, "").strip() for key in ("title", "outlet", "published", "url")}
    for key in fields:
        if not fields[key] and found.get(key):
            fields[key] = found[key]
            notes.append(f"{key} from the {'page' if kind == 'html' else 'front matter'}")
    published, precision = "", ""
    if fields["published"]:
        parsed = parse_header_date(fields["published"])
        if parsed:
            published, precision = parsed
        else:
            notes.append(f"published “{fields['published'][:30]}” is not a date; left empty")
    dateline_found = dateline(body)
    if not published and dateline_found:
        published, precision = dateline_found[0]
        notes.append("published from the dateline")
    title = fields["title"] or heading
    if not title:
        opens = dateline_found and "\n" not in body[: dateline_found[1]]  # a dateline before any headline
        title, how = _title_from_text(body[dateline_found[1] :] if opens else body)
        notes.append(how)
    elif not fields["title"] and heading:
        notes.append("title from the first heading")
    return Article(
        name,
        re.sub(r"\s+", " ", title).strip(),
        fields["outlet"],
        published,
        precision,
        fields["url"],
        body,
        tuple(notes),
    )


def dateline(body: str) -> tuple[tuple[str, str], int] | None:
    """The date a dateline gives ('LVIV, 9 May 2025 —'), and where the text after it starts.

    A dateline opens the first line, or the line after a headline.
    """
    offset = 0
    for line in body.split("\n")[:3]:
        for pattern in DATELINES:
            match = pattern.match(line[:120])
            if match:
                parsed = parse_header_date(match.group("date"))
                if parsed:
                    return parsed, offset + match.end()
        offset += len(line) + 1
    return None


def _title_from_text(body: str) -> tuple[str, str]:
    first, _, rest = body.strip().partition("\n")
    first = first.strip()
    if rest.strip() and len(first) <= 150 and not re.search(r"[.!?:;\"”]$", first):
        return first, "title from the first line"
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    words = sentence.split()
    short = " ".join(words[:14]) + ("…" if len(words) > 14 else "")
    return short, "no headline in the file: title from the first sentence"
