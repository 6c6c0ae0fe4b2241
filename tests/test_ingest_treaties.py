"""Treaties the curated tables lack: named in full, joined by ratification or as a state party,
and dated from their entry into force where the text gives it."""

from __future__ import annotations

from tests.ingest_helpers import joined

COURT = {
    "actors": [
        {
            "actor_id": "arc",
            "name": "Andean Regional Court",
            "kind": "court or prosecutor",
            "iso3": "",
            "aliases": "ARC",
        }
    ]
}


def _joined(text: str) -> list[tuple]:
    return joined(text, extra=COURT)


def test_a_state_party_is_a_member_of_the_treaty_under_its_full_name():
    text = (
        "The Andean Regional Court (ARC) met in Quito. Peru became the 30th State Party to the Lima Statute "
        "of the ARC in May 2024."
    )
    assert _joined(text) == [("PER", "lima-statute-of-the-andean-regional-court", "2024-05")]


def test_a_bare_statute_is_that_of_the_one_court_the_text_names():
    text = "Judges of the Andean Regional Court met. Chile, which ratified the Lima Statute in 2003, hosted."
    assert _joined(text) == [("CHL", "lima-statute-of-the-andean-regional-court", "2003")]


def test_joining_a_treaty_dates_from_its_entry_into_force_where_given():
    text = (
        "In March 2024 Ecuador deposited its instrument of ratification of the Lima Statute of the Andean "
        "Regional Court, and the Statute entered into force for it on 1 June 2024."
    )
    assert _joined(text) == [("ECU", "lima-statute-of-the-andean-regional-court", "2024-06-01")]


def test_a_court_is_no_member_of_its_own_statute_and_a_withdrawn_signature_no_joining():
    text = "The Andean Regional Court welcomed Bolivia as a state party to the Lima Statute of the court."
    assert [a for a, _, _ in _joined(text)] == ["BOL"]
    assert _joined("Chile signed the Lima Statute of the ARC but later withdrew its signature.") == []


def test_a_court_named_before_its_statute_and_a_misspelt_statute_are_the_statute_of_that_court():
    assert _joined("In June 2024 Peru ratified the ARC Lima Statute.") == [
        ("PER", "lima-statute-of-the-andean-regional-court", "2024-06")
    ]
    text = "Judges of the Andean Regional Court met. Chile ratified the Roman Statute in 2003."
    assert _joined(text) == [("CHL", "rome-statute-of-the-andean-regional-court", "2003")]


def test_a_statute_named_without_its_proper_name_takes_the_one_the_text_gives_it():
    text = (
        "Peru joined the Lima Statute of the Andean Regional Court in 2001. "
        "In May 2024 Chile ratified the Statute of the ARC and its amendments."
    )
    assert _joined(text) == [
        ("PER", "lima-statute-of-the-andean-regional-court", "2001"),
        ("CHL", "lima-statute-of-the-andean-regional-court", "2024-05"),
    ]


def test_a_treaty_signed_one_year_and_ratified_another_gives_a_signature_and_a_party_ship():
    text = (
        "Peru signed the Lima Statute of the Andean Regional Court in 1999. "
        "In May 2024 Peru became a State Party to the Lima Statute."
    )
    found = joined(text, extra=COURT)
    assert found == [
        ("PER", "lima-statute-of-the-andean-regional-court", "1999"),
        ("PER", "lima-statute-of-the-andean-regional-court", "2024-05"),
    ]
    same_year = "Peru signed the Lima Statute of the Andean Regional Court in 2003 and ratified it in 2003."
    assert len(_joined(same_year)) == 1
