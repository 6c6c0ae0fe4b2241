"""'The coalition' in an article that never names it is the coalition the article is about, when its name's
own words run through the text and no other coalition's do; otherwise it is left for review."""

from __future__ import annotations

from accountability.ingest.coalitions import CoalitionIndex

COALITIONS = [
    {
        "coalition_id": "children-coalition",
        "name": "International Coalition for the Return of Ukrainian Children",
        "short_name": "Children coalition",
        "kind": "coalition",
    },
    {
        "coalition_id": "damage-register",
        "name": "Register of Damage caused by the Aggression of the Russian Federation",
        "short_name": "Register of Damage",
        "kind": "register",
    },
]


def test_the_coalition_whose_own_words_the_article_repeats_is_its_subject():
    text = (
        "Ukraine has brought back 90 more children. The return of children taken by Russia goes on, "
        "and the coalition helps with each return."
    )
    assert CoalitionIndex(COALITIONS).by_subject(text).coalition_id == "children-coalition"


def test_words_said_once_leave_it_for_review():
    assert CoalitionIndex(COALITIONS).by_subject("The coalition met on the return of one child.") is None


def test_two_coalitions_the_words_fit_alike_leave_it_for_review():
    twin = {**COALITIONS[0], "coalition_id": "kids-group", "name": "Group for Returning Ukrainian Children"}
    text = "The return of children goes on; each child's return is checked by the coalition."
    assert CoalitionIndex([*COALITIONS, twin]).by_subject(text) is None
