"""Figures: each number with what it counts and its qualifier; numbers that count nothing are left out."""

from __future__ import annotations

import pytest

from accountability.ingest import extract_figures
from tests.ingest_helpers import figures, metrics, view


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "More than 19,000 cases of forced deportation of children have been recorded.",
            (19000, "more_than", "cases"),
        ),
        ("There are 23,000 war crimes investigations open.", (23000, "exact", "investigations")),
        ("Over 122 thousand war crimes were registered.", (122000, "more_than", "cases")),
        (
            "Prosecutors say that more than 16 000 children have been deported.",
            (16000, "more_than", "children"),
        ),
        ("Thirty-two states backed the tribunal.", (32, "exact", "countries")),
        ("The countries also pledged $20 million to assist the court.", (20_000_000, "exact", "USD")),
        ("The Netherlands gave 20 million euros to the court.", (20_000_000, "exact", "EUR")),
        ("The centre collected nearly 1,500 interviews with witnesses.", (1500, "nearly", "interviews")),
        ("Roughly a million Ukrainians were deported.", (1_000_000, "about", "people")),
        ("At least 6 suspects were named.", (6, "at_least", "people")),
        ("The strike killed more than 23 people.", (23, "more_than", "people")),
    ],
)
def test_a_figure_keeps_its_value_qualifier_and_what_it_counts(sentence, expected):
    assert figures(sentence) == [expected]


def test_a_range_gives_two_bounds():
    assert figures("Counts differ, ranging from 40 to 44 states.") == [
        (40, "at_least", "countries"),
        (44, "at_most", "countries"),
    ]
    assert figures("Between 1,000 and 1,500 children were moved.") == [
        (1000, "at_least", "children"),
        (1500, "at_most", "children"),
    ]
    assert figures("The office awaits 4-5 mln applications.") == [
        (4_000_000, "at_least", "claims"),
        (5_000_000, "at_most", "claims"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The team was set up in 2022 and met again in March 2023.",  # years and dates
        "The court met on 24 February 2022 and again on 5 August.",  # days
        "The crimes fall under article 8 of the Rome Statute.",  # an article number
        "It was created by resolution CM/Res(2023)3 of the Committee of Ministers.",  # a resolution number
        "The 17th meeting took place after the 13th one.",  # ordinals
        "During the two-day meeting the two countries discussed two main aspects.",  # compounds, anaphora
        "As a member of the Group of Seven and the G7, it agreed.",  # names and identifiers
        "Posted at 09:14:37, the note says clearing the backlog would take 40 years.",  # a time, a span
    ],
)
def test_years_dates_article_numbers_and_ordinals_are_not_figures(sentence):
    assert figures(sentence) == []


def test_a_count_whose_noun_is_left_out_takes_the_noun_before_it():
    text = "More than 16 000 children have been deported. So far only 308 have been brought home."
    assert figures(text) == [(16000, "more_than", "children"), (308, "exact", "children")]


def test_as_of_comes_from_the_sentence_or_else_the_publication_date():
    text = "By 14 August, 28,231 war crimes had been registered. Another 500 cases were opened."
    rows = [p.fields for p in extract_figures.extract(view(text, "2022-10-13"), "doc-test")]
    assert (rows[0]["as_of"], rows[0]["as_of_precision"]) == ("2022-08-14", "day")
    assert (rows[1]["as_of"], rows[1]["as_of_precision"]) == ("2022-10-13", "day")
    assert "publication date" in rows[1]["note"]


def test_the_reporter_is_who_the_sentence_attributes_the_figure_to():
    text = "More than 1,200 cases were registered, the Prosecutor General's Office of Ukraine said."
    (row,) = [p.fields for p in extract_figures.extract(view(text), "doc-test")]
    assert row["reported_by"] == "pgo"
    assert row["metric"] == "cases"  # the curated metric whose words the sentence uses


def test_a_figure_no_metric_fits_proposes_a_new_metric():
    (proposal,) = extract_figures.extract(
        view("Investigators took 300 statements from witnesses."), "doc-test"
    )
    (metric,) = [r for r in proposal.refs if getattr(r, "new", False)]
    assert proposal.fields["metric"] == metric.metric == "statements_from_witnesses"
    assert metric.unit == "interviews" and "doc-test" in metric.description


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Officials say 612 people were notified of suspicion so far.", "suspects_notified"),
        ("Notices of suspicion went to 612 people.", "suspects_notified"),
        ("Courts have convicted 95 people of war crimes.", "convictions"),
        ("Courts have sentenced 95 people for war crimes.", "convictions"),
        ("About 20,100 children were abducted or forcibly transferred to Russia.", "children_deported"),
        ("Only 388 children have been brought back home.", "children_returned"),
        (
            "The prosecutors opened 22 criminal proceedings over the killing of prisoners.",
            "criminal_proceedings",
        ),
    ],
)
def test_a_figure_gets_the_metric_it_counts(sentence, metric):
    assert [m for *_, m in metrics(sentence)] == [metric]


def test_a_percentage_is_a_share_of_what_it_counts():
    assert metrics("Some 60 percent of the registered crimes concern shelling.") == [
        (60, "about", "percent", "share_of_registered_crimes")
    ]
    assert metrics("Shelling makes up 60% of all cases.")[0][3] == "share_of_cases"


def test_a_link_to_another_story_reports_nothing():
    text = "Read also: Prosecutors count 300 war crimes a day\nThe team met on Monday."
    assert figures(text) == []


def test_a_figure_repeated_is_one_record_citing_each_sentence():
    text = "Courts convicted 95 people\n\nBy 1 May, courts had convicted 95 people of war crimes."
    proposals = extract_figures.extract(view(text, "2024-06-20", more=True), "doc-test")
    assert len(proposals) == 1 and len(proposals[0].quotes) == 2
    assert proposals[0].fields["as_of"] == "2024-05-01"


def test_a_count_of_states_in_a_coalition_gets_the_coalitions_metric():
    tables = {
        "metrics": [{"metric": "core_group_countries", "label": "Core Group countries", "unit": "countries"}]
    }
    text = "Forty states have joined the Core Group. The group now has 41 countries."
    found = extract_figures.extract(view(text, "2024-06-20", more=True, extra=tables), "doc-test")
    assert [(p.fields["value"], p.fields["metric"]) for p in found] == [
        ("40", "core_group_countries"),
        ("41", "core_group_countries"),
    ]


def test_a_date_line_dates_the_article_and_is_no_figure():
    text = "date 2024-02-20 509 people were notified of suspicion."
    assert figures(text, "2024-02-20") == [(509, "exact", "people")]


def test_a_denominator_counts_no_one():
    assert figures("The pact was signed by 34 states out of 46.") == [(34, "exact", "countries")]


def test_a_metric_needs_the_words_that_say_what_it_counts():
    tables = {
        "metrics": [
            {
                "metric": "child_return_countries",
                "label": "Child-return coalition countries",
                "unit": "countries",
            }
        ]
    }
    found = extract_figures.extract(view("The coalition now has 30 countries.", more=True, extra=tables), "d")
    assert [p.fields["metric"] for p in found] != ["child_return_countries"]


def test_figures_after_a_first_count_take_its_people_and_their_own_verb():
    text = "Police named over 500 suspected war criminals, with 210 having been charged and 40 convicted."
    assert [(v, m) for v, _, _, m in metrics(text)][-1] == (40, "convictions")
    assert metrics(text)[0][:3] == (500, "more_than", "people")


def test_a_left_out_noun_needs_a_verb_for_its_figure():
    text = "Some 900 children have been deported. Page views 512."
    assert figures(text) == [(900, "about", "children")]


def test_back_home_is_returned_and_a_group_is_no_running_total():
    (home,) = [m for *_, m in metrics("Ukraine has managed to get 120 children back home.")]
    assert home == "children_returned"
    (group,) = [m for *_, m in metrics("They brought back a group of 11 children last week.")]
    assert group != "children_returned"


def test_a_return_told_in_the_simple_past_is_one_happening_and_the_perfect_a_total():
    total = {
        "metrics": [
            {
                "metric": "children_returned",
                "label": "Children returned",
                "unit": "children",
                "description": "Running total of children brought back.",
            }
        ]
    }

    def metric(text: str) -> str:
        (found,) = extract_figures.extract(view(text, "2024-06-20", extra=total), "doc-test")
        return found.fields["metric"]

    assert metric("The volunteers repatriated the last four children on Sunday.") != "children_returned"
    assert metric("Officials returned nine children from the occupied south.") != "children_returned"
    assert metric("Officials have returned 900 children from the occupied south.") == "children_returned"
    assert metric("Eleven children were brought back from the occupied south.") != "children_returned"
    assert metric("So far 900 children have been brought back in all.") == "children_returned"


def test_a_noun_that_stands_for_states_or_warrants_counts_them():
    text = "The Union and 12 Asian leaders signed the charter in Oslo."
    assert figures(text) == [(12.0, "exact", "countries")]
    text = "The UN resolution was adopted with 18 abstentions."
    assert figures(text) == [(18.0, "exact", "countries")]
    assert figures("The bill passed the chamber with 18 abstentions.") == [(18.0, "exact", "people")]
    text = "The court issued arrest warrants against three persons on Monday."
    assert figures(text) == [(3.0, "exact", "warrants")]


def test_dots_between_groups_of_three_digits_separate_thousands():
    assert figures("The office has counted 200.000 deported children.") == [(200000.0, "exact", "children")]
    assert figures("Some 1.200.000 people fled the region.")[0][0] == 1200000.0
    assert figures("The fund holds 1.500 million euros.") == [(1500000.0, "exact", "EUR")]


def test_ages_are_not_counts():
    text = "Nine children came home; the youngest of them is 3 years old and the eldest is 15."
    assert figures(text) == [(9.0, "exact", "children")]
    found = figures("A group of 20 teenagers aged 13 to 17 was brought back.")
    assert found == [(20.0, "exact", "teenagers")]
    assert figures("Pupils from 6 to 12 years old were returned.") == []


SIGNING = {
    "metrics": [
        {"metric": "countries_signed", "label": "Countries signing", "unit": "countries", "description": ""},
        {"metric": "register_members", "label": "Register members", "unit": "members", "description": ""},
    ]
}


def _metric_of(text: str, extra: dict | None = None) -> dict[float, str]:
    found = extract_figures.extract(view(text, "2024-06-20", more=True, extra=extra), "doc-test")
    return {float(p.fields["value"]): p.fields["metric"] for p in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Eleven countries have not yet signed the pact.",
        "Seven governments not signing the charter",
        "Twenty countries expressed their intention to join the register next year.",
        "By Friday 18 governments had committed to joining the new court.",
    ],
)
def test_states_that_have_not_joined_or_only_mean_to_get_no_curated_count(sentence):
    found = _metric_of(sentence, SIGNING).values()
    assert all(m not in ("countries_signed", "register_members") for m in found)


def test_joined_or_intending_to_is_still_a_count_of_joining():
    text = "Thirty countries signed or stated their intention to sign the pact."
    assert _metric_of(text, SIGNING) == {30.0: "countries_signed"}


def test_a_part_named_inside_a_larger_count_gets_no_curated_metric():
    text = "The Register was set up in May with 44 states joining so far, including 19 EU member states."
    found = _metric_of(text, SIGNING)
    assert found[44.0] == "register_members" and found[19.0] != "register_members"


def test_a_number_russia_claims_is_no_curated_count():
    assert _metric_of("Russia claims that 500,000 children were deported to Russia.")[500000.0] != (
        "children_deported"
    )
    assert _metric_of("Some 5,000 children were deported to Russia.")[5000.0] == "children_deported"


def test_the_ratifications_a_treaty_needs_count_nothing():
    text = "The treaty will come into force once 12 parties have ratified it. It was signed by 30 states."
    assert figures(text) == [(30.0, "exact", "countries")]


def test_a_tally_sets_each_count_against_its_word_with_a_dash():
    text = "The registry lists, as of May 3: 120 children - missing, 4,300 - deported, 2,010 - found."
    assert figures(text) == [
        (120, "exact", "children"),
        (4300, "exact", "children"),
        (2010, "exact", "children"),
    ]
    deported = [m for v, *_, m in metrics(text) if v == 4300]
    assert deported == ["children_deported"]


def test_a_count_whose_verb_says_what_it_counts_is_no_coalition_count():
    tables = {
        "metrics": [{"metric": "core_group_countries", "label": "Core Group countries", "unit": "countries"}]
    }
    text = "The Core Group met in May. 51 countries backed the draft, 30 - abstained."
    found = extract_figures.extract(view(text, "2024-06-20", more=True, extra=tables), "doc-test")
    (abstained,) = [p.fields["metric"] for p in found if p.fields["value"] == "30"]
    assert abstained != "core_group_countries"


@pytest.mark.parametrize(
    "sentence",
    ["The ban should end in four to six weeks, the minister said.", "Prosecutors open new files 4812 views"],
)
def test_a_span_of_time_given_as_a_range_and_a_page_counter_are_no_figures(sentence):
    assert figures(sentence) == []


def test_a_vote_gives_its_counts_bare_and_none_is_a_coalition_count():
    tables = {
        "metrics": [{"metric": "core_group_countries", "label": "Core Group countries", "unit": "countries"}]
    }
    text = "The Core Group met in May. The draft passed with 60 countries in favour and 8 against."
    found = extract_figures.extract(view(text, "2024-06-20", more=True, extra=tables), "doc-test")
    assert [(p.fields["value"], p.fields["unit"]) for p in found] == [("60", "countries"), ("8", "countries")]
    assert "core_group_countries" not in [p.fields["metric"] for p in found if p.fields["value"] == "8"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The assembly text was supported by 88 countries, with 10 against.",
        "The motion was endorsed by 75 votes in favour, while 11 states voted against it.",
    ],
)
def test_the_sides_of_a_vote_are_no_count_of_signing(sentence):
    found = _metric_of(sentence, SIGNING)
    assert found and "countries_signed" not in found.values()


def test_a_vote_told_first_by_its_bare_counts_counts_its_voters():
    text = "The vote in the assembly ended with 97 in favour, 8 against and 50 abstentions."
    assert [unit for *_, unit in figures(text)] == ["countries"] * 3
    text = "The deputies backed the bill: 260 in favour, 14 against."
    assert figures(text) == [(260, "exact", "people"), (14, "exact", "people")]


REFERRING = {
    "metrics": [
        {
            "metric": "referring_states",
            "label": "States referring the situation to the ICC",
            "unit": "countries",
            "description": "States Parties that had referred the situation to the ICC Prosecutor.",
        }
    ]
}


@pytest.mark.parametrize(
    "sentence",
    [
        "The inquiry began after referrals from 40 ICC state parties.",
        "ICC judges were told of a referral from 42 states.",
    ],
)
def test_states_that_referred_to_the_court_count_referring_states(sentence):
    assert list(_metric_of(sentence, REFERRING).values()) == ["referring_states"]


def test_people_and_entities_sanctioned_are_one_count_of_designations():
    assert figures("London froze the assets of 12 people and entities.") == [
        (12, "exact", "people and entities")
    ]
    assert figures("Over 900 individuals and legal entities face its sanctions.") == [
        (900, "more_than", "people and entities")
    ]
    assert figures("Police held 12 people and seized their phones.") == [(12, "exact", "people")]


def test_a_share_out_of_a_body_counts_what_the_body_counts():
    text = "The motion won 110 out of 193 members of the UN General Assembly."
    assert figures(text) == [(110, "exact", "countries")]


def test_a_bare_count_of_abstaining_voters_follows_the_first_count():
    text = "The text drew support from 80 countries, with 12 voting against and 60 abstaining."
    assert [value for value, *_ in figures(text)] == [80, 12, 60]


def test_convictions_and_verdicts_count_the_people_convicted():
    found = metrics("Local courts have so far handed down 64 verdicts in war crimes trials.")
    assert found == [(64, "exact", "people", "convictions")]


def test_applications_and_submissions_to_a_register_are_claims():
    text = "Owners have lodged over 9,000 applications, and 300 submissions came from abroad."
    assert figures(text) == [(9000, "more_than", "claims"), (300, "exact", "claims")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The bill passed with 310 deputies in favour.", "people"),
        ("A court heard the cases of 12 defendants.", "people"),
        ("The panel shortlisted 14 candidates.", "people"),
        ("The pledge was backed by 38 allies.", "countries"),
        ("Talks drew 45 delegations.", "countries"),
    ],
)
def test_lawmakers_defendants_and_candidates_are_people_allies_and_delegations_states(sentence, unit):
    assert [u for *_, u in figures(sentence)] == [unit]


def test_dozens_count_twelve_each():
    text = "Over two dozen states abstained, and a dozen countries stayed away."
    assert figures(text) == [(24, "more_than", "countries"), (12, "exact", "countries")]


def test_one_name_and_n_others_counts_the_one_named_too():
    assert figures("Chile and 9 other countries opposed the text.") == [(10, "exact", "countries")]
    assert figures("Chile, Peru and 9 other countries opposed the text.") == [(9, "exact", "countries")]


def test_a_qualifier_inside_quotes_still_qualifies():
    text = 'The envoy put it at "roughly 70 percent" of the cases and “nearly 40 states” in all.'
    assert [(v, q) for v, q, _ in figures(text)] == [(70, "about"), (40, "nearly")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council of Europe counts 46 members of the Council of Europe in all.",
        "The tribunal leans on its 125 members to make arrests.",
        "Since 2020 the organisation's 38 member states have met twice a year.",
        "Delegates of the 57 member states voted on Friday.",
    ],
)
def test_the_whole_membership_of_a_body_counts_states_and_no_joining(sentence):
    ((_, _, unit, metric),) = _metric_of_all(sentence)
    assert unit == "countries" and metric not in ("countries_signed", "register_members")


def test_the_members_of_a_parliament_are_no_states():
    assert figures("The text won 18 members of the European Parliament over.")[0][2] == "members"


def _metric_of_all(text: str, extra: dict | None = None) -> list[tuple]:
    found = extract_figures.extract(view(text, "2024-06-20", more=True, extra=extra or SIGNING), "doc-test")
    return [
        (float(p.fields["value"]), p.fields["qualifier"], p.fields["unit"], p.fields["metric"]) for p in found
    ]


def test_a_parliament_votes_by_its_members_who_are_people():
    text = "The Senate passed the bill by 61 votes (22 voted against and 9 abstained)."
    assert figures(text) == [(61, "exact", "people"), (22, "exact", "people"), (9, "exact", "people")]
    text = "The assembly backed the motion, 88 members in favour, with one abstention."
    assert figures(text) == [(88, "exact", "people"), (1, "exact", "people")]
    text = "In the Parliament 300 deputies supported the bill and only one voted against it."
    assert figures(text) == [(300, "exact", "people"), (1, "exact", "people")]


def test_one_is_a_count_only_in_a_vote():
    assert figures("One of the states signed, and one country declined.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "KSE 14.10 Increased By ▲ 0.25 (1.8%)",
        "Index 402.5 Decreased By -3.1 (-0.77%)",
        "USD $39.870.12",
        "Prosecutors charge 40 officers over looting – Kyiv 12.05.2024",
        "Thirty states back the court 03.02.25, 10:15",
    ],
)
def test_tickers_rates_and_listed_posts_are_page_furniture(sentence):
    assert figures(sentence) == []


def test_a_text_cut_inside_a_word_leaves_no_noun():
    assert figures("The warrants bind 125 states (124 s") == [(125, "exact", "countries")]


def test_the_verb_after_the_counted_noun_says_what_they_did():
    both = {
        "metrics": [
            *SIGNING["metrics"],
            {"metric": "countries_participating", "label": "Countries participating", "unit": "countries"},
        ]
    }
    assert _metric_of("Representatives of 28 countries signed the charter.", both)[28.0] == "countries_signed"
    found = _metric_of("Representatives of 28 countries discussed the charter.", both)[28.0]
    assert found != "countries_signed"


def test_a_count_of_states_in_an_article_about_a_body_without_a_count_is_no_other_bodys_count():
    register = {
        "coalitions": [
            {
                "coalition_id": "register",
                "name": "Register of Damage",
                "short_name": "Register",
                "kind": "register",
            },
            {
                "coalition_id": "summit",
                "name": "Lisbon Justice Summit",
                "short_name": "",
                "kind": "conference",
            },
        ],
        "metrics": [{"metric": "register_members", "label": "Register members", "unit": "countries"}],
    }
    text = (
        "The Lisbon Justice Summit opened on Monday. The Register of Damage was named once. "
        "The Lisbon Justice Summit heard from ministers. Ministers from 61 nations were part of it."
    )
    assert _metric_of(text, register)[61.0] != "register_members"


def test_such_cases_count_whoever_the_text_has_just_spoken_of():
    text = "Occupiers keep deporting families with children (so far, some 9,000 such cases are known)."
    cases = {
        "metrics": [{"metric": "deported_cases", "label": "Children deported (cases)", "unit": "children"}]
    }
    assert _metric_of_all(text, cases) == [(9000, "about", "children", "deported_cases")]
    text = "Officials named 410 children taken away. They have verified 300 such cases."
    assert [u for *_, u, _ in metrics(text)] == ["children", "children"]
    assert figures("Judges heard 40 such cases.") == [(40, "exact", "cases")]


def test_violations_of_the_laws_and_customs_of_war_are_war_crimes():
    crimes = {
        "metrics": [{"metric": "war_crimes_registered", "label": "War crimes registered", "unit": "cases"}]
    }
    text = "Police registered 900 offences in all, 610 violations of the laws and customs of war among them."
    assert _metric_of_all(text, crimes)[1] == (610, "exact", "cases", "war_crimes_registered")


def test_a_since_date_starts_the_period_and_a_count_standing_now_is_as_of_the_telling():
    def as_of(text: str) -> list[str]:
        return [p.fields["as_of"] for p in extract_figures.extract(view(text, "2024-06-20"), "doc-test")]

    assert as_of("Since the war began on 24 February 2022, 900 children were deported.") == ["2024-06-20"]
    assert as_of("The fund opened on 3 March 2023, and 31 states have joined it so far.") == ["2024-06-20"]
    assert as_of("On 3 March 2023, 31 states joined the fund.") == ["2023-03-03"]


def test_what_a_side_agreed_to_do_is_no_running_total():
    assert metrics("Moscow agreed to return eight children to their mothers.")[0][3] != "children_returned"
    assert metrics("Moscow has returned eight children to their mothers.")[0][3] == "children_returned"
