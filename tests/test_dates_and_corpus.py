"""Partial dates and corpus documents."""

from __future__ import annotations

from datetime import date

import pytest

from accountability import corpus
from accountability.dates import label, parse_partial, period_end, precision_of


@pytest.mark.parametrize(
    ("text", "precision", "first", "last", "shown"),
    [
        ("2023", "year", date(2023, 1, 1), date(2023, 12, 31), "2023"),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29), "Feb 2024"),
        ("2022-07-14", "day", date(2022, 7, 14), date(2022, 7, 14), "14 Jul 2022"),
    ],
)
def test_a_partial_date_names_a_period_and_is_shown_no_more_precisely(
    con, text, precision, first, last, shown
):
    assert precision_of(text) == precision
    assert parse_partial(text, precision) == first
    assert period_end(first, precision) == last
    assert label(first, precision) == shown
    # The SQL macros (queries/macros/dates.sql) say the same.
    with con.cursor() as cur:
        found = cur.execute("SELECT period_end($d, $p), date_label($d, $p)", {"d": first, "p": precision})
        assert found.fetchone() == (last, shown)


def test_a_date_written_more_precisely_than_its_precision_is_refused():
    with pytest.raises(ValueError):
        parse_partial("2023-04-13", "month")


def test_corpus_header_and_body_round_trip():
    header = {"title": "T", "outlet": "O", "published": "2023-04", "url": ""}
    body = "First line.\n\ntitle: not a header, part of the body"
    document = corpus.parse(corpus.render(header, body))
    assert document.header == header and document.body == body


def test_a_file_without_header_is_all_body():
    assert corpus.parse("Members of the team signed.\nMore.").body == "Members of the team signed.\nMore."
