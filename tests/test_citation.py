"""The citation of a view: its title in words, plain and BibTeX, special characters kept literal."""

from __future__ import annotations

from datetime import date

from accountability.citation import Citation, view_title
from accountability.filters import Filters

LINK = "https://tracker.example/cases?country=LTU&metric=cases"


def cited(**overrides) -> Citation:
    fields = dict(
        title="Case counts: Cases registered, between 1 Jan 2022 and 31 Dec 2022 for Lithuania",
        link=LINK, release="2026-11-30-8c617872", release_date="2026-11-30", accessed=date(2026, 12, 1),
    )
    return Citation(**{**fields, **overrides})


def test_title_names_the_page_the_picks_and_the_filters_in_words():
    filters = Filters(date(2022, 1, 1), date(2022, 12, 31), ("LTU",))
    title = view_title("Case counts", ["Cases registered", ""], filters, {"LTU": "Lithuania"})
    assert title == "Case counts: Cases registered, between 1 Jan 2022 and 31 Dec 2022 for Lithuania"


def test_plain_citation_holds_title_link_release_and_access_date():
    text = cited().plain()
    assert text.startswith("Ukraine Accountability Tracker. “Case counts: Cases registered")
    assert LINK in text
    assert "Data release 2026-11-30-8c617872 of 30 Nov 2026" in text
    assert text.endswith("(accessed 1 Dec 2026).")


def test_bibtex_is_one_misc_entry_with_the_link_verbatim():
    entry = cited().bibtex()
    assert entry.startswith("@misc{uat202612018c617872,\n")
    assert "  url = {" + LINK + "}," in entry
    assert "  urldate = {2026-12-01}," in entry
    assert "  author = {{Ukraine Accountability Tracker}}," in entry
    assert "  note = {Data release 2026-11-30-8c617872 of 30 Nov 2026}" in entry
    assert entry.endswith("\n}")


def test_bibtex_escapes_what_latex_would_read_as_markup():
    entry = cited(title="A & B: 50% of {x}_1 #2 $3 ~ ^ \\").bibtex()
    escaped = r"A \& B: 50\% of \{x\}\_1 \#2 \$3 \textasciitilde{} \textasciicircum{} \textbackslash{}"
    assert "title = {" + escaped + "}" in entry


def test_before_releases_the_build_date_stands_in():
    assert "Data built 29 Nov 2026" in cited(release="", release_date="2026-11-29").plain()
    assert cited(release="").key == "uat20261201data"
