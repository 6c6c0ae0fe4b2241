"""Safe display of text that did not come from us: URL values, document text."""

from __future__ import annotations

import re
import string

_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")


def escape_markdown(text: str) -> str:
    """Backslash-escape every ASCII punctuation mark so Markdown shows the text literally.

    CommonMark treats a backslash before any ASCII punctuation as a literal character, so no
    link, image, emphasis, directive or HTML tag can come out of escaped text.
    """
    return _PUNCTUATION.sub(r"\\\1", text)


def shorten(text: str, limit: int = 40) -> str:
    """Cut a value for display in a notice."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def highlight_segments(text: str, quotes: list[str]) -> list[tuple[str, bool]]:
    """Split text into (segment, is_quoted) pieces, marking every occurrence of each quote."""
    marks = [False] * len(text)
    for quote in quotes:
        if not quote:
            continue
        start = text.find(quote)
        while start != -1:
            for i in range(start, start + len(quote)):
                marks[i] = True
            start = text.find(quote, start + 1)
    segments: list[tuple[str, bool]] = []
    for char, mark in zip(text, marks, strict=True):
        if segments and segments[-1][1] == mark:
            segments[-1] = (segments[-1][0] + char, mark)
        else:
            segments.append((char, mark))
    return segments


def highlighted_markdown(text: str, quotes: list[str]) -> str:
    """Document text as Markdown, quoted passages on a highlight; the text itself is escaped."""
    parts = []
    for segment, quoted in highlight_segments(text, quotes):
        escaped = escape_markdown(segment)
        if quoted:
            # Highlight line by line: a directive cannot span a paragraph break.
            escaped = "\n".join(
                f":orange-background[{line}]" if line.strip() else line for line in escaped.split("\n")
            )
        parts.append(escaped)
    return "".join(parts)


def context_of(text: str, quote: str, reach: int = 280) -> str:
    """The quote with what surrounds it in its paragraph, cut to about `reach` characters on each side at
    a sentence or word boundary ("…" where cut): enough to judge the record without the whole article."""
    at = text.find(quote)
    if at < 0:
        return quote
    start = text.rfind("\n\n", 0, at) + 1  # 0 when the quote is in the first paragraph
    end = text.find("\n\n", at + len(quote))
    end = len(text) if end < 0 else end
    before, after = text[start:at], text[at + len(quote) : end]
    if len(before) > reach:
        cut = before[-reach:]
        sentence = max(cut.find(". "), cut.find("? "), cut.find("! "))
        before = "…" + (cut[sentence + 2 :] if sentence >= 0 else cut[cut.find(" ") + 1 :])
    if len(after) > reach:
        cut = after[:reach]
        sentence = max(cut.rfind(". "), cut.rfind("? "), cut.rfind("! "))
        after = (cut[: sentence + 1] if sentence >= 0 else cut[: cut.rfind(" ")]) + " …"
    return (before.lstrip() + quote + after.rstrip()).strip()
