"""Memberships: who joins, signs or takes part in a named coalition; lists, negation and context."""

from __future__ import annotations

from accountability.ingest import extract_memberships
from tests.ingest_helpers import joined, memberships, view


def test_a_list_gives_one_record_per_member_with_iso3_ids():
    found = memberships("Estonia, Latvia and Slovakia joined the joint investigation team on Thursday.")
    assert found == [("EST", "team", "member"), ("LVA", "team", "member"), ("SVK", "team", "member")]


def test_common_forms_of_state_names_resolve_to_iso3():
    found = memberships("Britain, the Netherlands and the US signed the register of damage.")
    assert [actor for actor, _, _ in found] == ["GBR", "NLD", "USA"]
    assert {role for _, _, role in found} == {"signatory"}


def test_a_coalition_that_includes_a_list_names_its_members():
    found = memberships("The joint investigation team includes Ukraine, Poland and Lithuania.")
    assert found == [("UKR", "team", "member"), ("POL", "team", "member"), ("LTU", "team", "member")]


def test_its_participants_refers_to_the_coalition_named_before():
    text = "The joint investigation team met in Vilnius. Its participants are Eurojust and Lithuania."
    assert memberships(text) == [("eurojust", "team", "participant"), ("LTU", "team", "participant")]


def test_actors_named_as_not_joining_are_not_members():
    assert memberships("Hungary did not sign the register of damage.") == []
    found = memberships("All states except Hungary joined the joint investigation team.")
    assert ("HUN", "team", "member") not in found


def test_a_possible_accession_and_a_bilateral_agreement_are_not_memberships():
    assert (
        memberships("They discussed the possibility of joining the joint investigation team by Poland.") == []
    )
    assert memberships("A memorandum was signed between Poland and Lithuania.") == []


def test_a_place_or_target_is_not_a_member():
    found = memberships("Poland joined the joint investigation team on crimes in Ukraine.")
    assert found == [("POL", "team", "member")]


def test_unknown_organisations_in_a_list_are_proposed_as_new_actors():
    text = (
        "The signatories of the register of damage include the Truth Hounds, Eurojust and La Strada-Ukraine."
    )
    proposals = extract_memberships.extract(view(text))
    assert [p.fields["actor_id"] for p in proposals] == ["truth-hounds", "eurojust", "la-strada-ukraine"]
    new = [r for p in proposals for r in p.refs if getattr(r, "new", False)]
    assert {(a.actor_id, a.kind) for a in new} == {
        ("truth-hounds", "civil society organisation"),
        ("la-strada-ukraine", "civil society organisation"),
    }


def test_an_unknown_named_coalition_is_proposed():
    proposals = extract_memberships.extract(
        view("Poland and Lithuania joined the Dialogue Group on Accountability.")
    )
    coalition = proposals[0].refs[0]
    assert coalition.new and coalition.kind == "core group"
    assert coalition.name == "Dialogue Group on Accountability"
    assert [p.fields["coalition_id"] for p in proposals] == [coalition.coalition_id] * 2


def test_joined_date_comes_from_the_sentence_or_is_bounded_by_publication():
    dated = extract_memberships.extract(view("Poland joined the joint investigation team on 25 May 2022."))
    assert (dated[0].fields["joined"], dated[0].fields["joined_precision"]) == ("2022-05-25", "day")
    undated = extract_memberships.extract(
        view("The joint investigation team includes Poland.", "2023-04", "month")
    )
    assert (undated[0].fields["joined"], undated[0].fields["joined_precision"]) == ("2023-04", "month")
    assert "no later than" in undated[0].fields["note"]


def test_a_date_governs_the_members_of_its_own_clause():
    text = "Chile, Peru and Ghana joined the Core Group in March 2023, and Japan followed in May 2024."
    assert joined(text) == [
        ("CHL", "core-group", "2023-03"),
        ("PER", "core-group", "2023-03"),
        ("GHA", "core-group", "2023-03"),
        ("JPN", "core-group", "2024-05"),
    ]
    text = "Chile and Peru joined the Core Group in March 2023 and Japan in May 2024."
    assert joined(text)[-1] == ("JPN", "core-group", "2024-05")


def test_a_date_after_a_member_is_that_members_own():
    text = "The Core Group took in Chile (March 2023), Peru (April 2023) and Ghana in June 2023."
    found = joined(text.replace("took in", "was joined by"))
    assert found == [
        ("CHL", "core-group", "2023-03"),
        ("PER", "core-group", "2023-04"),
        ("GHA", "core-group", "2023-06"),
    ]
    text = "On 2 May 2024 Peru joined the Core Group, which Chile had joined in March 2023."
    assert ("PER", "core-group", "2024-05-02") in joined(text)


def test_a_person_signing_for_a_state_makes_the_state_the_member():
    text = (
        "Foreign Minister Ana Reyes, on behalf of Peru, signed the Special Tribunal agreement in June 2024."
    )
    assert joined(text) == [("PER", "tribunal", "2024-06")]


def test_official_titles_are_not_split_and_people_are_not_members():
    text = (
        "The Special Tribunal agreement was signed by Peru's foreign minister Ana Reyes and the EU High "
        "Representative for Foreign Affairs and Security Policy Jan Novak."
    )
    assert joined(text) == [("PER", "tribunal", "2024-06-20"), ("eu", "tribunal", "2024-06-20")]


def test_demonyms_and_short_forms_resolve_to_states():
    text = "The Japanese government and the Dutch government joined the Core Group on 3 March 2024."
    assert [m for m, _, _ in joined(text)] == ["JPN", "NLD"]
    text = "The US, the UK and the EU signed the Special Tribunal agreement."
    assert [m for m, _, _ in joined(text)] == ["USA", "GBR", "eu"]
    text = "Czechia, Türkiye and the Republic of Moldova joined the Core Group."
    assert [m for m, _, _ in joined(text)] == ["CZE", "TUR", "MDA"]


def test_a_demonym_describing_people_is_no_member():
    text = "Ukrainian prosecutors said the Core Group met in Riga, and Polish investigators joined them."
    assert joined(text) == []


def test_the_coalition_is_the_nearest_most_specific_name():
    text = "Ghana joined the Core Group on a Special Tribunal in May 2024."
    assert joined(text) == [("GHA", "core-group", "2024-05")]
    text = "Ghana became the latest state to join the Special Tribunal Core Group."
    assert joined(text) == [("GHA", "core-group", "2024-06-20")]
    text = "The Special Tribunal was backed by the Core Group, which Ghana joined in May 2024."
    assert joined(text) == [("GHA", "core-group", "2024-05")]


def test_a_counted_list_after_a_colon_names_the_members():
    text = "The Special Tribunal agreement was signed by 3 states out of 9: Peru, Chile and Ghana."
    assert [m for m, _, _ in joined(text)] == ["PER", "CHL", "GHA"]


def test_those_who_set_a_body_up_are_its_founding_members():
    text = "The Core Group was set up on 3 May 2023 by Peru, Chile and Ghana with the help of the EU."
    found = extract_memberships.extract(view(text, "2024-06-20", more=True))
    assert [(p.fields["actor_id"], p.fields["role"], p.fields["joined"]) for p in found] == [
        ("PER", "founding member", "2023-05-03"),
        ("CHL", "founding member", "2023-05-03"),
        ("GHA", "founding member", "2023-05-03"),
    ]


def test_a_person_named_with_a_title_after_the_name_is_no_member():
    text = "The Special Tribunal agreement was signed by Peru and Jan Novak, Secretary General of the EU."
    assert [m for m, _, _ in joined(text)] == ["PER", "eu"]


OFFICES = {
    "actors": [
        {
            "actor_id": "icc-otp",
            "name": "ICC Office of the Prosecutor",
            "kind": "court or prosecutor",
            "iso3": "",
            "aliases": "ICC Prosecutor",
        },
        {
            "actor_id": "icc",
            "name": "International Criminal Court",
            "kind": "court or prosecutor",
            "iso3": "",
            "aliases": "ICC",
        },
        {
            "actor_id": "us-dos",
            "name": "US Department of State",
            "kind": "government body",
            "iso3": "",
            "aliases": "State Department",
        },
    ]
}


def _members(text: str, title: str = "", extra: dict | None = None) -> list[tuple]:
    return joined(text, "2024-04-02", extra, title)


def test_a_long_list_after_signed_by_is_read_to_its_last_item():
    text = (
        "The register of damage was signed by Austria, Belgium, Croatia, Cyprus, Denmark, Estonia, "
        "Finland, France, Greece, Ireland, Italy, Latvia, Malta, Norway, Portugal and Spain on 16 May 2023."
    )
    found = _members(text)
    assert len(found) == 16 and found[-1] == ("ESP", "register", "2023-05-16")


def test_a_list_after_a_colon_names_the_states_the_clause_counts():
    text = "The following states endorsed the register of damage on 3 April: Chile, Peru and Ecuador."
    assert [a for a, _, _ in _members(text)] == ["CHL", "PER", "ECU"]
    text = "Three states did not sign the register of damage: Chile, Peru and Ecuador."
    assert _members(text) == []


def test_a_list_goes_on_in_the_next_sentences_of_its_paragraph():
    text = (
        "Chile, Peru and Ecuador joined the joint team on 3 April 2024. Also Kenya and Ghana. "
        "Nepal and Bhutan did so as well.\n\nGhana hosted talks in Accra."
    )
    found = _members(text)
    assert [a for a, _, _ in found] == ["CHL", "PER", "ECU", "KEN", "GHA", "NPL", "BTN"]
    assert {(c, d) for _, c, d in found} == {("team", "2024-04-03")}


def test_without_a_coalition_in_the_text_the_title_names_it():
    text = "Chile and Peru joined on 3 April 2024."
    assert _members(text, title="Two more states join the register of damage") == [
        ("CHL", "register", "2024-04-03"),
        ("PER", "register", "2024-04-03"),
    ]
    assert {c for _, c, _ in _members(text, title="Good news")} == {""}


def test_a_state_as_a_place_is_no_member():
    assert [a for a, _, _ in _members("ACCRA, Ghana - Kenya joined the joint team on Monday.")] == ["KEN"]
    text = "At a meeting in Santiago, Chile, Peru joined the joint team on 3 April 2024."
    assert [a for a, _, _ in _members(text)] == ["PER"]


def test_a_future_or_hoped_for_joining_is_not_taken():
    assert _members("Chile will join the joint team next year.") == []
    assert _members("Peru is set to sign the register of damage.") == []
    assert _members("Ecuador expressed its readiness to join the joint team.") == []


def test_an_office_stands_for_its_body_and_a_state_department_for_its_state():
    text = "The ICC prosecutor's office joined the joint team on 25 March 2022."
    assert _members(text, extra=OFFICES) == [("icc-otp", "team", "2022-03-25")]
    text = "The State Department said on Friday that the United States joined the joint team."
    assert [a for a, _, _ in _members(text, extra=OFFICES)] == ["USA"]
    text = "The US Department of State signed the register of damage on 3 April 2024."
    assert [a for a, _, _ in _members(text, extra=OFFICES)] == ["USA"]


def test_a_count_before_the_names_and_among_the_signatories_lead_to_the_list():
    text = (
        "The register of damage was signed by 12 states, including Chile, Peru and Ecuador, on 3 April 2024."
    )
    assert [a for a, _, _ in _members(text)] == ["CHL", "PER", "ECU"]
    text = "The register of damage opened on 3 April 2024. Among the signatories are Chile and Peru."
    assert [(a, c) for a, c, _ in _members(text)] == [("CHL", "register"), ("PER", "register")]


def test_a_date_or_place_between_signed_and_by_still_leads_to_the_signers():
    text = "The register of damage was signed on 3 April 2024 in Accra by Chile, Peru and Ecuador."
    assert _members(text) == [
        ("CHL", "register", "2024-04-03"),
        ("PER", "register", "2024-04-03"),
        ("ECU", "register", "2024-04-03"),
    ]


def test_as_well_as_ends_a_list_with_one_more_signer():
    text = "The register of damage was signed by Chile and Peru, as well as the European Union."
    assert [a for a, _, _ in _members(text)] == ["CHL", "PER", "eu"]


def test_a_later_sentence_that_dates_a_signing_beats_an_undated_first_mention():
    text = (
        "The European Union recently signed the register of damage. "
        "It was signed on 3 April 2024 by Chile and the European Union."
    )
    assert ("eu", "register", "2024-04-03") in _members(text)


def test_the_group_in_a_text_naming_one_team_only_is_that_team():
    text = (
        "Eurojust took part in the joint investigation team on 3 April 2024. "
        "Afterwards, Chile and Peru joined the group."
    )
    assert [(a, c) for a, c, _ in _members(text)][-2:] == [("CHL", "team"), ("PER", "team")]


def test_the_office_of_the_prosecutor_at_a_court_is_its_office():
    text = "The Office of the Prosecutor at the International Criminal Court (ICC) joined the joint team."
    assert [a for a, _, _ in _members(text, extra=OFFICES)] == ["icc-otp"]


def test_a_director_signing_stands_for_the_body_the_title_names():
    text = "The register of damage was signed by Chile and Ana Ruiz, Executive Director of the EU."
    assert [a for a, _, _ in _members(text)] == ["CHL", "eu"]


def test_a_relative_clause_joins_for_the_name_it_hangs_on():
    text = "The Chilean President Rosa Vidal, who also signed the Special Tribunal agreement, spoke in Rome."
    assert joined(text) == [("CHL", "tribunal", "2024-06-20")]
    text = "Kenya, which joined the Core Group in May 2024, hosted the talks."
    assert joined(text) == [("KEN", "core-group", "2024-05")]


def test_a_count_of_states_that_joined_goes_on_to_name_some():
    text = "Some thirty countries have now joined the Core Group, including Peru and Ghana."
    assert [a for a, _, _ in joined(text)] == ["PER", "GHA"]
    text = "Some thirty countries have not joined the Core Group, including Peru and Ghana."
    assert joined(text) == []


def test_representatives_of_a_state_stand_for_it():
    text = "The Core Group includes representatives of Peru, the EU and delegations of Ghana."
    assert [a for a, _, _ in joined(text)] == ["PER", "eu", "GHA"]


def test_a_pair_between_two_states_does_not_silence_a_joining_beside_it():
    text = "Talks between the Peruvian and Chilean envoys covered the Core Group, which Ghana also joined."
    assert [a for a, _, _ in joined(text)] == ["GHA"]
    assert joined("Peru signed the Special Tribunal agreement between Chile and Ghana.") == []


def test_the_coalition_meant_is_the_group_named_by_its_purpose_not_the_body_inside_it():
    text = (
        "In May the coalition of states working on the establishment of the Special Tribunal for the Crime "
        "of Aggression counted 30 members. On 4 June 2024, Kenya joined the coalition."
    )
    assert joined(text) == [("KEN", "core-group", "2024-06-04")]
    text = "Peru signed the agreement on setting up the Special Tribunal for the Crime of Aggression."
    assert [c for _, c, _ in joined(text)] == ["tribunal"]
    text = "On 4 June 2024, Kenya joined the group pushing for the creation of the Special Tribunal."
    assert joined(text) == [("KEN", "core-group", "2024-06-04")]


def test_states_that_co_chair_a_coalition_are_its_members_but_chairing_a_meeting_is_not():
    text = "On 5 March 2024 Peru and Ghana co-chaired the Core Group in Lima."
    assert joined(text) == [("PER", "core-group", "2024-03-05"), ("GHA", "core-group", "2024-03-05")]
    assert joined("Peru chaired the meeting of the Core Group on 5 March 2024.") == []


def test_a_team_set_up_between_three_or_more_states_has_them_as_founders():
    text = "The joint investigation team was set up between Moldova, Latvia and Estonia on 3 April 2023."
    assert joined(text) == [
        ("MDA", "team", "2023-04-03"),
        ("LVA", "team", "2023-04-03"),
        ("EST", "team", "2023-04-03"),
    ]
    assert joined("A joint investigation team was set up between Moldova and Latvia on 3 April 2023.") == []


def test_the_setting_up_of_a_team_by_named_authorities_makes_their_states_founders():
    text = (
        "Eurojust aided the setting up of the JIT by the Czech, Slovak and Romanian authorities in May 2023."
    )
    assert {member for member, _, _ in joined(text)} == {"CZE", "SVK", "ROU"}


def test_a_clause_with_its_own_subject_keeps_its_own_join_date():
    text = (
        "Latvia and Slovakia joined the joint investigation team on 2 June 2022, "
        "with Romania following as a member on 20 October 2022."
    )
    assert sorted(joined(text)) == [
        ("LVA", "team", "2022-06-02"),
        ("ROU", "team", "2022-10-20"),
        ("SVK", "team", "2022-06-02"),
    ]


def test_a_denied_list_names_no_members():
    assert memberships("The register's signatories do not include Hungary, Peru or Chile.") == []
    assert memberships("Peru has not yet joined the register of damage.") == []
    assert memberships("He flew to Peru and Chile, none of which are members of the register.") == []
    assert memberships("The register's signatories include Peru and Chile.") != []


def test_taking_part_in_a_gathering_or_a_wrong_is_no_participation():
    assert memberships("Poland took part in the opening conference of the register of damage.") == []
    assert memberships("Belarus took part in the forced deportation of children, the team said.") == []
    found = memberships("Poland took part in the joint investigation team from the start.")
    assert ("POL", "team", "participant") in found


def test_a_person_joined_by_another_is_company_not_a_joining():
    text = (
        "Estonia joined the Joint Investigation Team in May. At the meeting, the Dutch Prime Minister "
        "was joined by Poland's Foreign Minister."
    )
    assert [member for member, *_ in joined(text)] == ["EST"]


def test_what_ought_to_may_or_is_allowed_to_happen_is_no_membership():
    assert memberships("The register of damage should be set up by Poland and Lithuania.") == []
    assert memberships("Ukraine expects a mandate next month to sign the register of damage.") == []
    assert memberships("The minister was authorised by the cabinet to sign the register of damage.") == []
    assert memberships("Both states have committed to joining the joint investigation team.") == []
    assert memberships("This is a step for Poland towards joining the joint investigation team.") == []
    assert memberships("The court may act if Lithuania refers the case to it.") == []
    # ...while a joining stated as done still counts.
    assert memberships("Poland was the first to sign the register of damage.") == [
        ("POL", "register", "signatory")
    ]


def test_agreeing_or_approving_counts_only_with_a_coalition_beside_the_verb():
    assert memberships("Poland agreed to hand over the files of the joint investigation team.") == []
    assert memberships("It was a treaty approved by Lithuania and Poland, the joint team said.") == []
    assert memberships("Poland and Lithuania approved the register of damage.") == [
        ("POL", "register", "signatory"),
        ("LTU", "register", "signatory"),
    ]


def test_many_states_agreeing_together_are_members_of_the_coalition_around():
    text = "The joint investigation team met. Forty countries, among them Poland, agreed to work together."
    assert ("POL", "team", "signatory") in memberships(text)


def test_a_cue_word_used_as_a_noun_names_no_one_who_joined():
    assert memberships("Lithuania called the verdict a sign that the joint investigation team works.") == []
    assert memberships("The summit in Ukraine saw the signing of the register of damage.") == []


def test_being_part_of_something_needs_a_coalition_beside_it():
    assert memberships("Poland sent experts as part of its aid to the joint investigation team.") == []
    assert memberships("Poland is part of the joint investigation team.") == [("POL", "team", "member")]


def test_states_later_becoming_parties_and_a_founding_date_with_its_year_after_a_comma():
    found = joined(
        "The joint investigation team was set up on March 25, 2022, by Lithuania, Poland and Ukraine, "
        "with Latvia later becoming parties."
    )
    assert ("LTU", "team", "2022-03-25") in found and ("UKR", "team", "2022-03-25") in found
    assert any(member == "LVA" for member, _, _ in found)


def test_states_that_agreed_together_are_not_a_noun_use():
    text = "The joint investigation team met. Poland was among 40 countries that agreed to work together."
    assert ("POL", "team", "signatory") in memberships(text)


def test_who_helps_frames_or_is_answered_by_a_coalition_is_not_its_party():
    found = memberships("Under the auspices of Eurojust, Poland and Lithuania signed the register of damage.")
    assert found == [("POL", "register", "signatory"), ("LTU", "register", "signatory")]
    text = "Set up with Eurojust's support, the centre's staff are participating in the joint team."
    assert memberships(text) == []
    assert memberships("The register for losses caused by Russia was signed in Vilnius last week.") == []


def test_who_says_that_others_take_part_is_not_one_of_them():
    text = "Lithuania's minister has said that the countries taking part in the joint investigation team met."
    assert memberships(text) == []
    text = "Poland's minister has said that Lithuania joined the joint investigation team."
    assert memberships(text) == [("LTU", "team", "member")]
