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


def test_a_dateline_without_a_date_is_no_part_of_the_title():
    filed = (
        "OSLO, Norway - The court sentenced a soldier to nine years on Tuesday.",
        "BERLIN (Wire Service) - The court sentenced a soldier to nine years on Tuesday.",
        "(NEWSDESK) - The court sentenced a soldier to nine years on Tuesday.",
        "Tallinn, (NEWSDESK) The court sentenced a soldier to nine years on Tuesday.",
    )
    for text in filed:
        (event,) = events(text, "2024-05-15")
        assert event["title"] == "The court sentenced a soldier to nine years", text


def test_a_verdict_handing_over_a_ceremony_and_a_veto_are_happenings():
    told = {
        "A district court sentenced the gunner to twelve years in prison on 3 June 2024.": "judgment",
        "On 9 May 2024, the prisoner was handed over to Estonia to stand trial there.": "return",
        "The court held a ceremony for its new state party on 8 February 2024.": "meeting or conference",
        "One permanent member vetoed the draft resolution on 30 September 2022.": "statement",
    }
    for text, category in told.items():
        assert [e["category"] for e in events(text)] == [category], text


def test_a_count_of_people_judged_or_brought_back_so_far_is_a_figure_not_a_happening():
    totals = (
        "To date, 94 soldiers have been sentenced by the courts of the country.",
        "Judges have issued 60 verdicts, with 12 defendants convicted in person.",
        "A total of 512 children have already been brought back home.",
    )
    for text in totals:
        assert not events(text, "2024-05-15"), text
    # A group brought back today is the day's news.
    (event,) = events("Nine children have been returned to their families.", "2024-05-15")
    assert (event["date"], event["category"]) == ("2024-05-15", "return")


def test_a_headline_gives_way_to_the_sentence_that_tells_the_same_news_in_full():
    text = "Court Issues Warrant for Navy Chief\nJudges in The Hague issued a warrant for a navy chief."
    (event,) = events(text, "2024-05-15")
    assert event["title"] == "Judges in The Hague issued a warrant for a navy chief"
    # A headline whose news no sentence after it tells stays the lead.
    text = "Chile Joins Evidence Team\nThe team now counts eight states and two agencies."
    assert [e["title"] for e in events(text, "2024-05-15")] == ["Chile Joins Evidence Team"]


def test_a_title_that_points_back_names_the_coalition_the_sentence_is_about():
    text = "Six states backed the Register of damage in May. Norway signed it on 9 June 2023."
    (event,) = [e for e in events(text, "2023-06-20") if e["date"] == "2023-06-09"]
    assert event["title"] == "Norway signed the Register of damage"
    text = "The Joint team grew in 2022. Chile and Peru became members on 4 May 2023."
    (event,) = [e for e in events(text, "2023-06-20") if e["date"] == "2023-05-04"]
    assert event["title"] == "Chile and Peru became members of the Joint team"


def test_a_day_counted_from_the_day_told_before_dates_its_happening():
    text = (
        "The ministers met in Vilnius on 4 March 2024. On the same day, Chile signed the charter. "
        "The day before, the envoys had adopted a joint statement. A week later, Peru signed the charter."
    )
    found = {(e["date"], e["category"]) for e in events(text, "2024-03-20")}
    assert {("2024-03-04", "agreement"), ("2024-03-03", "agreement"), ("2024-03-11", "agreement")} <= found
    # With no day told before, nothing is counted.
    assert not events("The day before, Chile signed the charter.", "2024-03-20")


def test_a_date_in_the_possessive_leaves_no_stray_ending_in_the_title():
    (event,) = events("Ministers signed today's charter on the register.", "2024-03-20")
    assert event["title"] == "Ministers signed charter on the register"


def test_formed_founded_and_began_accepting_start_a_body():
    told = (
        "In March 2022, three states formed a joint team for war crimes.",
        "The registry began accepting claims for lost homes on 2 April 2024.",
    )
    for text in told:
        assert [e["category"] for e in events(text, "2024-05-15")] == ["institution launched"], text


def test_a_body_s_founding_told_as_background_is_no_event():
    background = (
        "Established in 1951, the council brings together 40 member states.",
        "Founded by a group of journalists on 4 June 2012.",
    )
    for text in background:
        assert not events(text, "2024-05-15"), text


def test_deciding_to_join_is_joining_and_a_court_ruling_is_a_judgment():
    (event,) = events("On 6 May 2024, the federal council decided to join the register.", "2024-05-15")
    assert event["category"] == "accession"
    (event,) = events("On 2 May 2024, the chamber ruled that the state broke its duty.", "2024-05-15")
    assert event["category"] == "judgment"
