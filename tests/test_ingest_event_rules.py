"""How news writes things that look like dated happenings but are not, and titles that say what happened."""

from __future__ import annotations

from tests.ingest_helpers import events


def test_a_running_total_counted_from_its_start_is_no_event():
    totals = (
        "Since June 2022, the office has held 31 hearings with witnesses.",
        "Prosecutors have opened 9,000 cases since the start of the invasion three years ago.",
    )
    for text in totals:
        assert not events(text, "2025-02-10"), text
    # A happening told after 'since' keeps its date.
    text = "It was his first trip abroad since the court issued a warrant for him in March 2023."
    assert [e["date"] for e in events(text, "2024-09-04")] == ["2023-03"]
