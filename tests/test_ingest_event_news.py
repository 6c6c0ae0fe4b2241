"""How news articles state what happened: list items, returns of children, work begun, sessions."""

from __future__ import annotations

import pytest

from accountability.ingest import sentences
from tests.ingest_helpers import events


def test_a_list_marker_is_no_part_of_the_sentence():
    (first, second) = sentences.split("- On 4 May, the court issued a warrant.\n• Two more followed.")
    assert first.text == "On 4 May, the court issued a warrant." and second.text == "Two more followed."
    (event,) = events("- On 4 May, the court issued a warrant for a governor.", "2023-09-10")
    assert (event["date"], event["category"]) == ("2023-05-04", "warrant")


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("On 9 June, four teenagers were returned to territory Kyiv controls.", "return"),
        ("The prosecutors commenced an investigation into the shelling on 3 April 2022.", "investigation"),
        ("On 12 May 2024, the assembly welcomed the adoption of the text.", "agreement"),
        ("The envoys' third gathering is set for 14 October 2024 in Vienna.", "meeting or conference"),
        ("The office started its work in Vilnius on 2 July 2023.", "institution launched"),
    ],
)
def test_more_verbs_give_a_category(sentence, category):
    (event,) = events(sentence, "2024-06-20")
    assert event["category"] == category


def test_the_news_of_the_day_may_be_a_return_a_membership_or_work_begun():
    (event,) = events("Eight children have been returned home from occupied areas.", "2024-05-02")
    assert (event["date"], event["category"]) == ("2024-05-02", "return")
    (event,) = events("Chile has formally become a member of the coalition.", "2024-05-02")
    assert event["category"] == "accession"
    (event,) = events("The new prosecution office has started its work in Riga.", "2024-05-02")
    assert event["category"] == "institution launched"
    (event,) = events("Norway has announced that it has joined the Core Group.", "2024-05-02")
    assert event["title"] == "Norway has announced that it has joined the Core Group"


def test_a_plea_to_become_a_member_or_a_relative_clause_is_no_news():
    assert events("Become a member today and support our reporting.", "2024-05-02") == []
    assert events("A site tells the stories of pupils who were returned last spring.", "2024-09-02") == []


def test_an_adverbial_between_subject_and_verb_keeps_the_main_clause_in_the_title():
    text = "The assembly, at a plenary session on Friday, adopted a text on compensation."
    (event,) = events(text, "2023-06-12")
    assert event["date"] == "2023-06-09"
    assert event["title"].startswith("The assembly at a plenary session")
    assert "adopted a text" in event["title"]
