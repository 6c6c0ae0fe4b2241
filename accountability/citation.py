"""A citation of the view on screen: its title in words, its link, the data release, the access date.

Pure: the web glue gathers the parts, this module writes them as a plain reference and as BibTeX.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .describe import scope
from .filters import Filters

PUBLISHER = "Ukraine Accountability Tracker"
# Characters BibTeX or LaTeX would read as markup, and what stands for each of them.
_BIBTEX = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#",
    "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
_SPECIAL = re.compile("|".join(re.escape(ch) for ch in _BIBTEX))


@dataclass(frozen=True)
class Citation:
    title: str  # the view in words: page, picks, date range, countries
    link: str  # the canonical link that opens this view
    release: str  # the data release id, or "" before releases
    release_date: str  # the release's date (or the build's), YYYY-MM-DD
    accessed: date

    @property
    def data_words(self) -> str:
        if self.release:
            return f"Data release {self.release} of {_day(self.release_date)}"
        return f"Data built {_day(self.release_date)}" if self.release_date else "Data release not recorded"

    def plain(self) -> str:
        """'Ukraine Accountability Tracker. “Title.” Data release …. Link (accessed 1 Dec 2026).'"""
        return (
            f"{PUBLISHER}. “{self.title}.” {self.data_words}. {self.link} "
            f"(accessed {_day(self.accessed.isoformat())})."
        )

    def bibtex(self) -> str:
        fields = [
            ("title", _bibtex_text(self.title)),
            ("author", "{" + PUBLISHER + "}"),
            ("year", str(self.accessed.year)),
            ("url", self.link),  # a verbatim field: biblatex and natbib read it as it is
            ("urldate", self.accessed.isoformat()),
            ("note", _bibtex_text(self.data_words)),
        ]
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        return f"@misc{{{self.key},\n{body}\n}}"

    @property
    def key(self) -> str:
        """A BibTeX key: the publisher's initials, the access date and the release's hash."""
        suffix = self.release.rsplit("-", 1)[-1] if self.release else "data"
        return f"uat{self.accessed:%Y%m%d}{re.sub(r'[^A-Za-z0-9]', '', suffix)}"


def view_title(page: str, picks: Sequence[str], filters: Filters, names: dict[str, str]) -> str:
    """'Case counts: Cases registered, between 1 Jan 2022 and 31 Dec 2023 for Lithuania'."""
    parts = [p for p in picks if p]
    return f"{page}: " + ", ".join([*parts, scope(filters, names)])


def _bibtex_text(text: str) -> str:
    return _SPECIAL.sub(lambda match: _BIBTEX[match.group(0)], text)


def _day(iso: str) -> str:
    """'2026-11-30' -> '30 Nov 2026'; anything else as it is."""
    try:
        return f"{date.fromisoformat(iso):%-d %b %Y}"
    except ValueError:
        return iso
