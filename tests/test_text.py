"""Untrusted text is shown literally, never as markup."""

from accountability.text import context_of, escape_markdown, highlight_segments, highlighted_markdown


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


def test_a_quote_is_shown_with_its_neighbouring_sentences_only():
    opening = " ".join(f"Earlier sentence number {n} says little." for n in range(30))
    closing = " ".join(f"Later sentence number {n} says little." for n in range(30))
    quote = "Two states joined the team on Monday."
    shown = context_of(f"{opening} {quote} {closing}", quote, reach=100)
    assert quote in shown and shown.startswith("…Earlier sentence") and shown.endswith("little. …")
    assert len(shown) < len(quote) + 2 * 100 + 10
    assert context_of(f"Short lead. {quote} Short end.", quote) == f"Short lead. {quote} Short end."
    assert context_of(f"First.\n\nLead. {quote}\n\nNext.", quote) == f"Lead. {quote}"
    assert context_of("Some other text.", quote) == quote
