"""What a figure counts when its noun stands for something else: leaders who sign for their states
count states, abstentions in a vote of states count states, and the people a warrant names count
warrants."""

from __future__ import annotations

import re

from .metrics import unit_family

# Each of these acts for one state: '34 European leaders signed' counts 34 states.
FOR_A_STATE = frozenset({"leaders", "heads"})
VOTES = frozenset({"abstentions", "votes"})
# A vote whose voters are states: at the UN or on a resolution (a parliament's members are people).
STATES_VOTE = re.compile(r"\b(?:General Assembly|Security Council|United Nations|UN|resolution)\b")
# 'issued warrants of arrest against two individuals': one warrant a person.
WARRANT_FOR = re.compile(r"\bwarrants?\b(?:\s+of\s+arrest)?\s+(?:for|against)\s+[^,;.]{0,20}$", re.I)


def counted_unit(unit: str, sentence: str, before: str) -> str:
    """The unit a figure counts: `unit`, unless its noun stands for states or warrants; `before` is
    the sentence up to the figure."""
    if unit in FOR_A_STATE or unit in VOTES and STATES_VOTE.search(sentence):
        return "countries"
    if unit_family(unit) == "people" and WARRANT_FOR.search(before):
        return "warrants"
    return unit
