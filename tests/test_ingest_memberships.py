"""Memberships: who joins, signs or takes part in a named coalition; lists, negation and context."""

from __future__ import annotations

from accountability.ingest import extract_memberships
from tests.ingest_helpers import memberships, view


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
