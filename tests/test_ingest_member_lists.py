"""Lists of members as news text writes them: a serial comma, a list on the line after its verb, signatories
named through their governments, a coalition named only by its kind, quoted names and abbreviations."""

from __future__ import annotations

from accountability.ingest import extract_memberships
from accountability.ingest.actors import ActorIndex
from accountability.ingest.document import Context, DocumentView
from tests.fixture_data import TABLES
from tests.ingest_helpers import joined


def members(text: str) -> set[str]:
    return {member for member, *_ in joined(text)}


def test_a_serial_comma_before_and_does_not_cut_the_list():
    text = "Chile, Peru, and Mexico have joined the Core Group."
    assert members(text) == {"CHL", "PER", "MEX"}


def test_a_list_on_the_line_after_signed_by_gives_its_members():
    text = (
        "Chile joined the Core Group in May.\n\nThe Core Group statement was signed by\n\n"
        "representatives of the Governments of Peru, Mexico and Bosnia and Herzegovina."
    )
    assert {"PER", "MEX", "BIH"} <= members(text)


def test_a_state_inside_a_quoted_name_is_no_party():
    text = 'At the "Peace for Ukraine" meeting, Chile signed the Core Group statement.'
    assert members(text) == {"CHL"}


def test_a_coalition_named_only_by_its_kind_is_the_one_the_text_names_nearby():
    text = "Chile and Peru joined a Joint Investigation Team looking into the shelling. The Joint team met."
    assert {coalition for _, coalition, _ in joined(text)} == {"team"}


def test_an_abbreviation_in_brackets_is_the_body_named_before_it():
    index = ActorIndex(
        [
            {"actor_id": "court", "name": "World Court", "kind": "court", "aliases": "WC"},
            {
                "actor_id": "court-otp",
                "name": "Office of the World Court Prosecutor",
                "kind": "court",
                "aliases": "Office of the Prosecutor of the World Court;WC Prosecutor",
            },
        ]
    )
    found = index.find("Peru joins the Office of the Prosecutor of the World Court (WC) in the team.")
    assert [m.actor.actor_id for m in found] == ["PER", "court-otp"]
    found = index.find("The Prosecutor's Office of the World Court takes part.")
    assert [m.actor.actor_id for m in found] == ["court-otp"]


DECLARATION = {
    "coalitions": [
        {
            "coalition_id": "harbour-declaration",
            "name": "Political declaration of the Harbour Justice meeting",
            "short_name": "Harbour declaration",
            "kind": "declaration",
        },
        {
            "coalition_id": "referral",
            "name": "State referrals of the situation to the court",
            "short_name": "Referral",
            "kind": "referral",
        },
    ]
}


def test_a_list_after_the_following_and_a_colon_gives_the_signers_of_the_document():
    text = (
        'The meeting ended with a political declaration, called "Harbour Justice".\n\n'
        "The following signed this document: Chile, Peru and Mexico."
    )
    assert set(joined(text, extra=DECLARATION)) == {
        (state, "harbour-declaration", "2024-06-20") for state in ("CHL", "PER", "MEX")
    }


def test_states_a_referral_comes_from_are_its_members_under_their_formal_styles():
    text = (
        "The office received referrals of the situation from the following three states parties: "
        "Republic of Chile, Kingdom of Spain and the United Mexican States."
    )
    assert {(m, c) for m, c, _ in joined(text, extra=DECLARATION)} == {
        ("CHL", "referral"),
        ("ESP", "referral"),
        ("MEX", "referral"),
    }


def test_a_state_referred_by_is_a_member_and_a_formal_style_alone_names_no_state():
    assert members("The situation was referred by Peru and Chile to the court.") == {"PER", "CHL"}
    assert ActorIndex([]).whole("Kingdom of Atlantis") is None


def test_prosecutors_from_listed_states_make_those_states_members():
    text = "The Core Group comprises prosecutors from Chile, but also from Peru and Mexico."
    assert members(text) == {"CHL", "PER", "MEX"}


def test_people_from_unknown_bodies_propose_no_new_member():
    assert members("The Core Group includes experts from the Harbour Police and Chile.") == {"CHL"}


def test_a_state_after_a_state_and_a_comma_is_listed_not_a_place():
    assert members("The Core Group includes experts from Chile, Peru and Mexico.") == {"CHL", "PER", "MEX"}
    assert members("Chile joined the Core Group at a meeting in Lima, Peru.") == {"CHL"}


def test_attendees_of_a_meeting_and_the_makeup_of_a_body_are_no_members():
    assert not members("At the Core Group meeting the guests included envoys from Chile and Peru.")
    assert not members("Eurojust is an agency that brings together prosecutors from Chile and Peru.")



def test_states_listed_by_two_letter_codes_in_brackets_after_a_group_noun():
    text = "Eurojust helps the member states that joined the joint investigation team (LT, PL, EL) now."
    assert members(text) == {"LTU", "POL", "GRC"}
    # Letters that are not all states' codes list no one.
    assert members("Eurojust joined the joint investigation team (QQ, PL).") == {"eurojust"}


def test_a_coalition_set_up_with_or_including_a_list_names_its_members():
    text = "A joint investigation team has been set up with Poland, Lithuania and Ukraine."
    assert members(text) == {"POL", "LTU", "UKR"}
    assert members("The joint team, including Poland and Ukraine, met in May.") == {"POL", "UKR"}
    # A count of delegates 'including' some is no coalition's list.
    assert members("Delegates from 40 states, including Poland, met the team in May.") == set()


def test_a_coalition_named_by_its_kind_alone_is_the_one_curated_coalition_of_that_kind():
    team = {
        "coalition_id": "jit",
        "name": "Joint Investigation Team on international crimes committed in Ukraine",
        "short_name": "JIT",
        "kind": "joint investigation team",
    }
    context = Context.from_tables({"actors": TABLES["actors"], "coalitions": [team]})
    seen = DocumentView("Poland joined a Joint Investigation Team for war crimes in Ukraine.", None, context)
    assert [p.fields["coalition_id"] for p in extract_memberships.extract(seen)] == ["jit"]


def test_a_short_form_in_brackets_inside_an_informal_group_s_name_keeps_the_known_group():
    friends = {
        "coalition_id": "friends",
        "name": "Group of Friends of Justice for Ukraine",
        "short_name": "Friends of Justice",
        "kind": "informal group",
    }
    context = Context.from_tables({"actors": TABLES["actors"], "coalitions": [friends]})
    text = "Poland joined the Group of Friends (GoF) of Justice, an informal group."
    seen = DocumentView(text, None, context)
    assert [p.fields["coalition_id"] for p in extract_memberships.extract(seen)] == ["friends"]
