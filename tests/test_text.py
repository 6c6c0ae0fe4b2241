"""Untrusted text is shown literally, never as markup."""

from accountability.text import escape_markdown, highlight_segments, highlighted_markdown


def test_markdown_escaping_neutralises_links_images_and_tags():
    escaped = escape_markdown("![x](http://e/x.png) <script>alert(1)</script> **b** :red[c]")
    for raw in ("![", "](", "<script>", "**", ":red["):
        assert raw not in escaped


def test_quotes_are_marked_where_they_occur():
    segments = highlight_segments("abc def abc", ["abc"])
    assert segments == [("abc", True), (" def ", False), ("abc", True)]


def test_highlighted_document_keeps_text_escaped_inside_highlights():
    out = highlighted_markdown("Say <b>hi</b> now", ["<b>hi</b>"])
    assert out == "Say :orange-background[\\<b\\>hi\\<\\/b\\>] now"
