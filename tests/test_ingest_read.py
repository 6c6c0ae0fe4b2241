"""Reading articles: headers, inferred fields, formats, and every kind of file that cannot be read."""

from __future__ import annotations

import pytest

from accountability.ingest import read
from accountability.ingest.read import Unreadable, parse, read_file


def test_header_lines_give_the_fields_and_date_is_a_synonym_of_published():
    article = parse("title: A title\noutlet: Daily\ndate: 13 April 2023\nurl: https://x.org/a\n\nBody text.")
    assert (article.title, article.outlet, article.published, article.published_precision, article.url) == (
        "A title",
        "Daily",
        "2023-04-13",
        "day",
        "https://x.org/a",
    )
    assert article.body == "Body text."


@pytest.mark.parametrize(
    ("written", "value", "precision"),
    [
        ("2023", "2023", "year"),
        ("2023-04", "2023-04", "month"),
        ("April 2023", "2023-04", "month"),
        ("2022-07-15T18:00:00Z", "2022-07-15", "day"),
        ("July 15, 2022", "2022-07-15", "day"),
    ],
)
def test_a_published_date_keeps_the_precision_it_is_written_at(written, value, precision):
    article = parse(f"published: {written}\n\nBody.")
    assert (article.published, article.published_precision) == (value, precision)


def test_missing_fields_are_inferred_from_a_dateline_and_a_headline_or_left_empty():
    article = parse("Leaders meet in Kyiv\nKYIV, 9 May 2025 — Leaders met today.\n")
    assert (article.title, article.published, article.outlet) == ("Leaders meet in Kyiv", "2025-05-09", "")
    assert "published from the dateline" in article.notes
    bare = parse("Leaders met. Nothing else is known.")
    assert (bare.published, bare.url) == ("", "")
    assert bare.title == "Leaders met."


def test_an_unparseable_published_header_is_left_empty_with_a_note():
    article = parse("published: sometime\n\nBody.")
    assert article.published == "" and any("not a date" in n for n in article.notes)


def test_html_gives_its_title_meta_and_readable_text_only():
    html = (
        "<html><head><title>Big news | Daily</title><meta property='og:site_name' content='Daily'>"
        "<meta property='article:published_time' content='2023-05-17T10:00:00Z'>"
        "<link rel='canonical' href='https://daily.example/big'><script>var x = 1;</script></head>"
        "<body><nav>Home</nav><article><h1>Big news</h1><p>First &amp; <b>bold</b> line.</p>"
        "<p>Second line.</p></article><footer>(c)</footer></body></html>"
    )
    article = parse(html, "page.html")
    assert (article.title, article.outlet, article.published, article.url) == (
        "Big news",
        "Daily",
        "2023-05-17",
        "https://daily.example/big",
    )
    assert article.body == "Big news\n\nFirst & bold line.\n\nSecond line."


def test_markdown_is_read_as_plain_text_with_its_heading_as_title():
    text = (
        "---\noutlet: Daily\ndate: 2023-03-17\n---\n# The heading\n\nSome **bold** [link](http://x) text.\n"
    )
    article = parse(text, "note.md")
    assert (article.title, article.outlet, article.published) == ("The heading", "Daily", "2023-03-17")
    assert article.body == "The heading\n\nSome bold link text."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"%PDF-1.7 binary", "binary file (a PDF)"),
        (b"\x00\x01\x02text", "binary file"),
        (b"caf\xe9 au lait", "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_a_file_that_cannot_be_read_says_why_in_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(Unreadable) as error:
        read_file(path)
    assert str(error.value).startswith(message) and "\n" not in str(error.value)


def test_too_large_missing_and_directory_are_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_BYTES", 10)
    big = tmp_path / "big.txt"
    big.write_text("x" * 11)
    with pytest.raises(Unreadable, match="too large"):
        read_file(big)
    with pytest.raises(Unreadable, match="no such file"):
        read_file(tmp_path / "missing.txt")
    with pytest.raises(Unreadable, match="directory"):
        read_file(tmp_path)


def test_utf8_with_a_byte_order_mark_and_windows_line_ends_read_cleanly(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufefftitle: T\r\n\r\nLine one.\r\nLine two.".encode())
    article = read_file(path)
    assert article.title == "T" and article.body == "Line one.\nLine two."
