"""Events and their dates: resolved against the publication date, never more precise than the text."""

from __future__ import annotations

import pytest

from accountability.ingest import when
from tests.ingest_helpers import events


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The declaration was signed on Thursday.", "2022-07-15", ("2022-07-14", "day")),
        ("On August 5, the minister arrived in Kyiv.", "2024-08-20", ("2024-08-05", "day")),
        ("The court today issued two arrest warrants.", "2023-03-17", ("2023-03-17", "day")),
        ("The register was launched last year.", "2024-04-02", ("2023", "year")),
        ("The ministers will meet in London on Monday.", "2023-03-17", ("2023-03-20", "day")),
        ("In March 2023, a memorandum was signed.", None, ("2023-03", "month")),
        ("The team was set up on 25 March 2022.", None, ("2022-03-25", "day")),
        ("The centre began work on 3 July 2023.", "2025-05-09", ("2023-07-03", "day")),
        ("The envoys signed the extension on 29 February in Vilnius.", "2024-03-02", ("2024-02-29", "day")),
        ("In June of this year, the register was opened.", "2023-11-20", ("2023-06", "month")),
        ("The team was set up in March last year.", "2024-01-10", ("2023-03", "month")),
    ],
)
def test_dates_resolve_against_the_publication_date(sentence, published, expected):
    (event,) = events(sentence, published)
    assert (event["date"], event["date_precision"]) == expected


def test_a_weekday_in_an_article_dated_only_to_the_month_keeps_only_what_is_certain():
    # Any Thursday on or before a day of July 2022: from 30 June to 28 July, so only the year is sure.
    (event,) = events("The agreement was signed on Thursday.", "2022-07")
    assert (event["date"], event["date_precision"]) == ("2022", "year")
    assert "publication date" in event["note"]
    (event,) = events("On August 5, Koizumi arrived in Kyiv.", "2024-08")
    assert (event["date"], event["date_precision"]) == ("2024-08-05", "day")


def test_a_relative_date_without_a_publication_date_gives_no_event():
    assert events("The declaration was signed on Thursday.", None) == []


def test_undated_sentences_and_as_of_dates_are_not_events():
    later = "The team met. The court sat. The group talked. The declaration was signed."
    assert [e["title"] for e in events(later)] == []
    assert events("By 14 August, prosecutors had registered 28,231 war crimes.") == []


def test_the_news_an_article_opens_with_happened_on_its_publication_date():
    text = "Peru has joined the Core Group, its foreign ministry said. Peru had long backed the tribunal."
    (event,) = events(text, "2024-06-20")
    assert (event["date"], event["date_precision"], event["category"]) == ("2024-06-20", "day", "accession")
    assert event["title"] == "Peru has joined the Core Group"
    assert events("Peru will join the Core Group next year.", "2024-06-20") == []
    dated = events("On 3 June, Peru joined the Core Group. The group has 40 members.", "2024-06-03")
    assert [e["date"] for e in dated] == ["2024-06-03"]


def test_category_title_place_and_actors_come_from_the_sentence():
    (event,) = events("Also, in March 2023, Poland signed a memorandum with Eurojust in Vilnius.")
    assert event["category"] == "agreement"
    assert event["title"] == "Poland signed a memorandum with Eurojust in Vilnius"
    assert event["place"] == "Vilnius"
    assert event["actor_ids"] == "POL;eurojust"


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The court issued an arrest warrant on 17 March 2023.", "warrant"),
        ("Three missiles struck the city on 14 July 2022.", "attack"),
        ("Lithuania joined the team on 25 May 2022.", "accession"),
        ("The ministers met in London on 20 March 2023.", "meeting or conference"),
        ("The register was launched on 2 April 2024.", "institution launched"),
        ("The United States left the centre in March 2025.", "withdrawal"),
    ],
)
def test_the_verb_gives_the_category(sentence, category):
    (event,) = events(sentence)
    assert event["category"] == category


def test_two_sentences_about_the_same_day_and_kind_are_one_event_with_both_quotes():
    from accountability.ingest import extract_events
    from tests.ingest_helpers import view

    text = "Forty countries agreed on Thursday to work together. The declaration was signed on Thursday."
    (event,) = extract_events.extract(view(text))
    assert len(event.quotes) == 2 and event.fields["date"] == "2022-07-14"


def test_a_dateline_dates_the_article_not_an_event():
    from accountability.ingest import extract_events
    from tests.ingest_helpers import view

    found = extract_events.extract(view("LVIV, 9 May 2025 — Ministers met on Friday in Lviv.", "2025-05-09"))
    assert [e.fields["date"] for e in found] == ["2025-05-09"]
    assert "LVIV" not in found[0].fields["title"]


def test_month_names_used_as_words_are_not_dates():
    assert when.find("Russia may join the march on Kyiv.", when.Published("2022-07-15", "day")) == []


def test_the_bounds_of_a_period_are_no_events():
    text = "The court said on Tuesday that strikes ran from at least 4 May 2022 until at least 2 June 2023."
    assert [e["date"] for e in events(text, "2024-06-26")] == ["2024-06-25"]


def test_a_title_of_too_few_words_goes_on_with_the_next_clause():
    text = "It was set up on 4 May 2023, the charter was signed by more than 30 states."
    (event,) = events(text, "2023-06-01")
    assert event["title"] == "It was set up, the charter was signed by more than 30 states"
    text = "The treaty, signed in Vienna on 3 March 2024, founds a tribunal for aggression."
    (event,) = events(text, "2024-03-05")
    assert event["title"].startswith("The treaty signed in Vienna") and "founds a tribunal" in event["title"]


def test_dates_that_bound_a_span_of_time_are_no_events():
    spans = (
        "Her declaration lets the court judge crimes committed from 3 January 2015 to 9 June 2016.",
        "The warrants concern shelling of power stations between November 2021 and April 2022.",
        "The second declaration covers crimes committed from 1 March 2016 onwards.",
        "The agreement lets claims go back to damage starting from March 2015.",
    )
    for text in spans:
        assert not events(text), text


def test_a_meeting_over_a_few_days_keeps_its_first_day():
    found = events("The conference was held in Vienna from 3 March 2022 to 5 March 2022.")
    assert "2022-03-03" in {e["date"] for e in found}


def test_a_sentence_that_only_says_when_it_was_told_dates_the_happening_before_it():
    text = (
        "Norway and Chile set up a new evidence desk for war crimes cases. "
        "This was announced in a joint statement on 3 May 2024."
    )
    (found,) = [e for e in events(text) if e["date"] == "2024-05-03"]
    assert found["category"] == "institution launched"
    assert "evidence desk" in found["title"]


def test_a_follower_gets_the_happening_of_the_clause_before_under_its_own_name():
    text = "On 2 June 2023, Chile and Peru signed the charter, followed by Brazil on 9 August 2023."
    follower = [e for e in events(text) if e["date"] == "2023-08-09"]
    assert [(e["category"], e["title"]) for e in follower] == [("agreement", "Brazil signed the charter")]
