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


def test_a_footnote_number_after_the_stop_ends_the_sentence():
    text = "A team was formed by three states in March 2022.[4] In June, two more took part in it."
    first, second = sentences.split(text)
    assert first.text.endswith("2022.[4]") and second.text.startswith("In June")


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


def test_a_day_of_the_previous_year_and_a_date_with_its_year_after_a_comma():
    (event,) = events("The court opened an inquiry on 4 April of the previous year.", "2024-02-10")
    assert (event["date"], event["date_precision"]) == ("2023-04-04", "day")
    (event,) = events("On May 14, 2024, the parliament ratified the treaty.", "2025-01-05")
    assert (event["date"], event["category"]) == ("2024-05-14", "ratification")


def test_the_verb_after_a_list_of_signatories_gives_the_event():
    text = "On 8 May, the minister of Chile, the envoy of Peru and the Bolivian consul signed the pact."
    (event,) = events(text, "2024-06-20")
    assert (event["date"], event["category"]) == ("2024-05-08", "agreement")
    text = "Kyiv, in June, laid out its plan for two regions – Lviv and Rivne – naming what it called goals."
    assert [e["category"] for e in events(text, "2024-06-20")] == []


def test_a_treaty_coming_into_force_is_an_event():
    (event,) = events("The protocol came into force on 1 March 2021.", "2024-06-20")
    assert (event["date"], event["category"]) == ("2021-03-01", "entry into force")


def test_a_headline_is_not_a_second_event_when_the_text_dates_the_same_news_in_its_month():
    text = "Chile signs the claims convention\nOn 11 December, Chile signed the claims convention in Paris."
    assert [e["date"] for e in events(text, "2025-12", "month")] == ["2025-12-11"]


def test_short_page_lines_before_the_lead_do_not_push_it_out():
    text = "Newsroom\nBriefly\nBy Staff\nShare this\nChile has joined the coalition for children."
    found = events(text, "2023-02-14")
    assert [(e["date"], e["category"]) for e in found] == [("2023-02-14", "accession")]


def test_an_undated_lead_on_a_page_dated_to_its_month_takes_the_day_told_next_to_it():
    text = "The new prosecution office has started its work in Riga. The ministry gave the news on 4 June."
    found = events(text, "2024-06", "month")
    assert [(e["date"], e["category"]) for e in found] == [("2024-06-04", "institution launched")]
    assert "4 June" in found[0]["note"]
    # A day outside the page's month is no day of its news.
    text = "The new prosecution office has started its work in Riga. The plan dates from 4 May."
    assert [e["date"] for e in events(text, "2024-06", "month")] == ["2024-06"]


def test_an_undated_lead_after_the_dated_news_of_the_days_before_is_that_news():
    text = "On Tuesday, thirty states signed a pact on the court. The pact came hours after a strike."
    found = events(text, "2024-06-20")
    assert [(e["date"], e["category"]) for e in found] == [("2024-06-18", "agreement")]


def test_a_clause_that_stops_at_said_that_goes_on_with_what_was_said():
    text = "The envoy announced that today, 3 June, twelve states have committed to joining the court."
    (event,) = events(text, "2025-06-03")
    assert "twelve states have committed to joining the court" in event["title"]


def test_a_date_in_a_closing_attribution_keeps_what_was_told_in_the_title():
    text = "Peru will join the group, Foreign Minister Ana Ruiz said after meeting her Chilean peer on 4 May."
    (event,) = events(text, "2024-05-20")
    assert event["date"] == "2024-05-04"
    assert event["title"].startswith("Peru will join the group")


def test_a_page_time_stamp_is_no_event():
    assert events("Desk Staff Published 12 Nov, 2024 09:15am", "2024-11-12") == []
    assert events("Updated: March 3, 2024", "2024-03-03") == []
    (event,) = events("The report was published on 3 May 2024.", "2024-06-01")
    assert event["date"] == "2024-05-03"
