"""Plain-words captions: what the map leaves out and why."""

from __future__ import annotations

import pandas as pd

from accountability.describe import map_note
from accountability.web import map_outlines


def members(*rows: tuple[str, str | None]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["member", "iso3"])


def test_map_note_names_members_that_are_not_states_and_states_too_small():
    note = map_note(members(("Lithuania", "LTU"), ("Eurojust", None), ("Malta", "MLT")), {"LTU"})
    assert note == (
        "1 of 3 members is not a state and so not on the map: Eurojust. "
        "Malta is too small to draw at this scale. The table below lists every member."
    )


def test_map_note_lists_a_few_names_in_plain_words():
    note = map_note(members(("Malta", "MLT"), ("Monaco", "MCO"), ("Andorra", "AND")), set())
    assert note.startswith("Malta, Monaco and Andorra are too small to draw at this scale.")


def test_map_note_is_empty_when_every_member_is_drawn():
    assert map_note(members(("Lithuania", "LTU")), {"LTU"}) == ""
    assert map_note(members(), {"LTU"}) == ""


def test_map_note_shortens_a_long_list():
    note = map_note(members(*[(f"Org {i}", None) for i in range(6)]), set())
    assert "6 of 6 members are not states and so not on the map: " in note
    assert ": Org 0, Org 1, Org 2, Org 3 and 2 more." in note


def test_bundled_outlines_draw_ukraine_but_not_the_smallest_states():
    outlines = map_outlines()
    assert {"UKR", "LTU", "POL", "USA", "JPN"} <= set(outlines)
    assert not {"MLT", "LIE", "MCO", "SMR", "AND"} & set(outlines)
    assert outlines["UKR"] == (31.23, 49.15)
