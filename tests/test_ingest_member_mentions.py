"""Memberships the words around a name deny or redirect: a referral's coalition, a name's end, an office."""

from __future__ import annotations

from tests.ingest_helpers import joined

REFERRALS = {
    "actors": [
        {
            "actor_id": "icc",
            "name": "International Criminal Court",
            "kind": "court or prosecutor",
            "aliases": "ICC",
        },
        {"actor_id": "GEO", "name": "Georgia", "kind": "state", "iso3": "GEO"},
        {"actor_id": "MNG", "name": "Mongolia", "kind": "state", "iso3": "MNG"},
    ],
    "coalitions": [
        {"coalition_id": "referral", "name": "Referrals of the situation to the court", "kind": "referral"},
    ],
}


def test_states_a_court_received_referrals_from_refer_to_the_referral_coalition():
    text = (
        "Chile has not ratified the Rome Statute of the ICC but the country accepts the court. The "
        "inquiry opened after referrals from 40 states, including Georgia and Peru."
    )
    assert {(a, c) for a, c, _ in joined(text, extra=REFERRALS)} == {("GEO", "referral"), ("PER", "referral")}


def test_a_text_that_refers_to_something_or_a_chamber_referring_a_case_makes_no_referral():
    text = "The resolution, put forward by Peru and Chile, refers to the war in strong words."
    assert joined(text, extra=REFERRALS) == []
    text = "As Mongolia failed to arrest him, the Chamber referred the matter to the Assembly."
    assert all(c != "referral" for _, c, _ in joined(text, extra=REFERRALS))


def test_a_proposed_coalition_name_stops_where_a_new_clause_starts():
    text = "Peru ratified the Rome Statute of the ICC but the country still doubts the court."
    assert {c for _, c, _ in joined(text, extra=REFERRALS)} == {
        "rome-statute-of-the-international-criminal-court"
    }
    text = "Any state that ratified the Rome Statute on whose soil he lands must arrest him."
    assert all("whose" not in c for _, c, _ in joined(text, extra=REFERRALS))


def test_an_attorney_general_signs_for_his_state():
    text = (
        "The team agreement was signed on 3 May 2024 by prosecutors of Chile and Peru "
        "Attorney General Ana Ruiz."
    )
    assert [a for a, _, _ in joined(text)] == ["CHL", "PER"]


def test_states_voting_on_a_resolution_join_nothing():
    text = "The states voting against the text on 3 May 2024 included Chile, Peru and Ecuador."
    assert joined(text) == []
    text = "Peru abstained and Chile voted for the text, which the joint team had asked for."
    assert joined(text) == []
    assert [a for a, _, _ in joined("Chile and Peru joined the joint team on 3 May 2024.")] == ["CHL", "PER"]


def test_a_coalition_referred_back_to_by_another_kind_of_word_is_the_articles_own():
    text = (
        "Ukraine, Lithuania and Poland set up the joint team on 25 March 2022. The joint team met in "
        "May.\n\nThe register of damage opened later.\n\n"
        "Subsequently, the group was joined by Chile and Peru."
    )
    found = {(a, c) for a, c, _ in joined(text)}
    assert {("CHL", "team"), ("PER", "team")} <= found


def test_a_body_grouping_prosecutors_from_states_has_them_as_participants():
    text = "The new joint team, grouping prosecutors from Chile, Peru and Eurojust, opened on 3 May 2024."
    assert [a for a, _, _ in joined(text)] == ["CHL", "PER", "eurojust"]
    assert joined("The joint team features a museum in Lima and opened on 3 May 2024.") == []


def test_states_that_set_up_a_coalition_together_are_its_founders():
    text = "Chile, Peru and Ecuador announced the creation of the joint team on 3 May 2024."
    assert joined(text) == [
        ("CHL", "team", "2024-05-03"),
        ("PER", "team", "2024-05-03"),
        ("ECU", "team", "2024-05-03"),
    ]
    assert [a for a, _, _ in joined("Chile and Peru set up the joint team in May 2024.")] == ["CHL", "PER"]


def test_one_body_setting_something_up_founds_no_coalition():
    assert joined("Peru's prosecutors set up the joint team in May 2024.") == []
    assert joined("Eurojust established the register of damage in May 2024.") == []


def test_a_courts_office_of_its_prosecutor_is_that_office_not_the_court():
    extra = {
        "actors": [
            *REFERRALS["actors"],
            {
                "actor_id": "icc-otp",
                "name": "ICC Office of the Prosecutor",
                "kind": "court or prosecutor",
                "aliases": "ICC Prosecutor",
            },
        ]
    }
    text = "The ICC's Office of the Prosecutor joined the joint team in April 2024."
    assert joined(text, extra=extra) == [("icc-otp", "team", "2024-04")]


def test_a_joining_announced_as_the_days_news_in_the_future_tense_is_taken():
    text = "Chile and Peru will become members of the joint team, the agency said."
    assert [a for a, _, _ in joined(text)] == ["CHL", "PER"]
    assert joined("Chile will join the joint team in 2026.") == []
    assert joined("Chile will sign the register of damage.") == []


def test_joining_the_work_of_a_body_referred_to_joins_that_body():
    text = (
        "The register of damage opened on 3 May 2024 in Lima.\n\n"
        "Envoys of the joint team from Chile and Peru will join them in the work of the register."
    )
    assert {(a, c) for a, c, _ in joined(text)} == {("CHL", "register"), ("PER", "register")}


def test_envoys_of_a_team_from_states_stand_for_those_states():
    text = "Officials of the joint team from Chile and Peru joined the register of damage in May 2024."
    assert {a for a, _, _ in joined(text)} == {"CHL", "PER"}


def test_a_coalition_set_up_by_one_body_has_no_founder_from_it():
    assert joined("The register of damage was set up by Eurojust on 12 May 2023.") == []
    found = joined("The register of damage was set up by Chile and Peru on 12 May 2023.")
    assert [a for a, _, _ in found] == ["CHL", "PER"]


def test_a_headline_state_to_join_is_a_plan():
    assert joined("Chile to join the joint team") == []


def test_the_body_whose_member_states_sign_is_no_signatory():
    text = "Forty countries of the European Union signed the register of damage in May 2023."
    assert joined(text) == []
    assert joined("Chile and the European Union signed the register of damage in May 2023.") == [
        ("CHL", "register", "2023-05"),
        ("eu", "register", "2023-05"),
    ]


def test_a_count_of_states_named_in_the_next_sentence_gives_the_members():
    text = "The register of damage was signed by 40 countries in May 2023. Among them: Chile, Peru and Kenya."
    assert [(a, c) for a, c, _ in joined(text)] == [
        ("CHL", "register"),
        ("PER", "register"),
        ("KEN", "register"),
    ]
    text = "Forty states joined the register of damage in May 2023. Among others, she listed Chile and Peru."
    assert [a for a, _, _ in joined(text)] == ["CHL", "PER"]


def test_a_text_backed_by_counted_states_names_them_next_unless_it_was_a_vote():
    text = (
        "The register of damage was supported by 40 countries. Among them: EU member states, Chile and Peru."
    )
    assert [a for a, _, _ in joined(text)] == ["CHL", "PER"]
    text = "The text was supported by 90 countries, with 12 against. Among them: Chile and Peru."
    assert joined(text) == []


def test_members_named_as_existing_or_as_members_of_the_coalition_are_members():
    text = "Eurojust joined the joint team on 3 May 2024, joining existing members Chile and Peru."
    assert {a for a, _, _ in joined(text)} == {"eurojust", "CHL", "PER"}
    text = "Chile set up the joint team in 2022. Also, members of the joint team are Eurojust and Peru."
    assert {a for a, _, _ in joined(text)} >= {"eurojust", "PER"}
    text = "Forty members of the joint team are taking part, as are Chile and Peru."
    assert joined(text) == []


def test_states_that_established_a_team_of_any_wording_founded_it():
    text = "Chile, Peru and Kenya established a joint working group to look into crimes on 25 March 2022."
    assert {(a, c, d) for a, c, d in joined(text)} == {
        ("CHL", "core-group", "2022-03-25"),
        ("PER", "core-group", "2022-03-25"),
        ("KEN", "core-group", "2022-03-25"),
    }


def test_a_past_joining_on_a_day_without_year_after_the_page_is_of_the_year_before():
    text = "Chile, Peru and Kenya set up the joint team, which will hear cases, on 25 March."
    assert {d for _, _, d in joined(text, published="2023-03-03")} == {"2022-03-25"}
    assert {d for _, _, d in joined("Chile joins the joint team on 25 March.", published="2023-03-03")} == {
        "2023-03-25"
    }
