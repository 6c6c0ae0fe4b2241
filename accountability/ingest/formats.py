"""Plain text out of HTML and Markdown, with the metadata those formats carry.

HTML goes through the standard library's html.parser: enough for article pages, and no
dependency. Scripts, styles, navigation, headers, footers and forms are left out; where the page
has an <article> or <main> element, only its text is kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

SKIP = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "svg",
    "template",
    "iframe",
    "button",
    "select",
}
BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "blockquote",
    "pre",
    "figcaption",
    "figure",
    "dd",
    "dt",
    "br",
    "hr",
    "title",
}
VOID = {
    "br",
    "hr",
    "img",
    "meta",
    "link",
    "input",
    "source",
    "wbr",
    "area",
    "base",
    "col",
    "embed",
    "param",
    "track",
}
META_KEYS = {
    "og:title": "title",
    "twitter:title": "title",
    "og:site_name": "outlet",
    "og:url": "url",
    "article:published_time": "published",
    "datepublished": "published",
    "date": "published",
    "pubdate": "published",
    "publishdate": "published",
    "dc.date": "published",
    "dcterms.date": "published",
    "sailthru.date": "published",
    "parsely-pub-date": "published",
}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.focus = 0  # inside <article> or <main>
        self.had_focus = False
        self.all: list[str] = []
        self.focused: list[str] = []
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.in_h1 = False
        self.title = ""
        self.h1 = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key in META_KEYS and values.get("content"):
                self.meta.setdefault(META_KEYS[key], values["content"].strip())
        elif tag == "link" and values.get("rel", "").lower() == "canonical" and values.get("href"):
            self.meta.setdefault("url", values["href"].strip())
        elif tag == "time" and values.get("datetime"):
            self.meta.setdefault("time", values["datetime"].strip())
        if tag in VOID:
            if tag in BLOCK:
                self._text("\n")
            return
        if tag in SKIP:
            self.skip += 1
        if tag in ("article", "main"):
            self.focus += 1
            self.had_focus = True
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.in_h1 = True
        if tag in BLOCK:
            self._text("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in ("article", "main"):
            self.focus = max(0, self.focus - 1)
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in BLOCK:
            self._text("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip:
            return
        if self.in_h1:
            self.h1 += data
        self._text(re.sub(r"\s+", " ", data))

    def _text(self, piece: str) -> None:
        self.all.append(piece)
        if self.focus:
            self.focused.append(piece)


def _paragraphs(pieces: list[str]) -> str:
    text = "".join(pieces)
    lines = [line.strip() for line in text.split("\n")]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs)


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The readable text of a page, a blank line between blocks, and title/outlet/published/url."""
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    body = _paragraphs(parser.focused if parser.had_focus else parser.all)
    meta = dict(parser.meta)
    title = meta.get("title") or re.sub(r"\s+", " ", parser.h1).strip() or _strip_site(parser.title, meta)
    meta["title"] = title.strip()
    if "published" not in meta and "time" in meta:
        meta["published"] = meta["time"]
    meta.pop("time", None)
    return body, meta


def _strip_site(title: str, meta: dict[str, str]) -> str:
    title = re.sub(r"\s+", " ", title).strip()
    parts = re.split(r"\s+[|–—-]\s+", title)
    if len(parts) > 1 and (meta.get("outlet", "").casefold() == parts[-1].casefold() or len(parts[-1]) < 30):
        return " - ".join(parts[:-1])
    return title


FRONT_MATTER = re.compile(r"\A---\s*\n(?P<body>.*?)\n---\s*\n", re.S)
_MD_RULES = [
    (re.compile(r"^```.*$|^~~~.*$", re.M), ""),  # code fences
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),  # rules
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"^[ \t]*\[[^\]]+\]:[ \t]+\S+.*$", re.M), ""),  # link definitions
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (
        re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"),
        lambda m: m.group(1) or m.group(2),
    ),  # emphasis
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
]


def markdown_to_text(markdown: str) -> tuple[str, dict[str, str], str]:
    """Markdown as plain text, its front-matter fields, and its first heading."""
    meta: dict[str, str] = {}
    front = FRONT_MATTER.match(markdown)
    if front:
        for line in front.group("body").splitlines():
            key, sep, value = line.partition(":")
            if sep:
                key = key.strip().lower()
                key = "published" if key in ("date", "pubdate", "published_at") else key
                meta[key] = value.strip().strip("'\"")
        markdown = markdown[front.end() :]
    heading = re.search(r"^[ \t]{0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$", markdown, re.M)
    text = markdown
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip(), meta, heading.group(1).strip() if heading else ""
