"""What a figure counts when its noun stands for something else: leaders who sign for their states
count states, abstentions in a vote of states count states, the people a warrant names count
warrants, the members of an organisation of states are states, and 'such cases' are cases of
whoever the text has just spoken of."""

from __future__ import annotations

import re

from .figures import FAMILIES
from .metrics import unit_family

# Each of these acts for one state: '34 European leaders signed' counts 34 states.
FOR_A_STATE = frozenset({"leaders", "heads"})
VOTES = frozenset({"abstentions", "votes"})
# A vote whose voters are states: at the UN, in an assembly or on a resolution; in a parliament each
# vote is one member's ('100 members in favour', 'with 18 abstentions' in a chamber), so it counts people.
STATES_VOTE = re.compile(r"\b(?:[Aa]ssembly|Security Council|United Nations|UN|resolution)\b")
PEOPLES_VOTE = re.compile(
    r"\b(?:Parliament\w*|National Assembly|PACE|Rada|deputies|lawmakers|MPs|parliamentarians|"
    r"members\s+(?:in\s+favou?r|against))\b"
)
MEMBERS_VOTING = re.compile(r"^\s*members\s+(?:in\s+favou?r|against|voted|voting|abstained)\b", re.I)
# 'issued warrants of arrest against two individuals': one warrant a person.
WARRANT_FOR = re.compile(r"\bwarrants?\b(?:\s+of\s+arrest)?\s+(?:for|against)\s+[^,;.]{0,20}$", re.I)

# The whole membership of a body, not who joined it: 'its 124 members', 'the organisation's 46
# member states', 'has 193 member states', 'the 27 member states', '46 members of the Council of Europe'.
MEMBER_NOUN = re.compile(r"^\s*(?:member\s+(?:states|countries)|members|states\s+parties)\b", re.I)
OWNED = re.compile(r"(?:\b(?:its|their|the|has|have|had)|[A-Za-z]['’]s|\bthere\s+(?:are|were))\s+$", re.I)
OF_A_BODY = re.compile(r"^\s*members\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;.()]{0,60})")
SHARE_OF = re.compile(r"^\s*out\s+of\s+(?:the\s+)?\d[\d,.]*")
# A body whose members are people: a parliament, a board, a team.
OF_PEOPLE = re.compile(r"\b(?:Parliament\w*|Rada|Duma|Congress|Senate|House|Board|Committee|Team|Panel)\b")


def whole_membership(before: str, after: str) -> bool:
    """Does the figure (`before` and `after` it in its sentence) count all the members of a body of
    states, as a standing size rather than a count of joining? '143 out of 193 members of the
    Assembly' are states of it too."""
    after = SHARE_OF.sub("", after)
    if not MEMBER_NOUN.match(after):
        return False
    body = OF_A_BODY.match(after)
    if body and OF_PEOPLE.search(body.group("body")):
        return False
    return bool(body or OWNED.search(before))


def counted_unit(unit: str, sentence: str, before: str, after: str = "") -> str:
    """The unit a figure counts: `unit`, unless its noun stands for states or warrants; `before` and
    `after` are the sentence up to the figure and from its end."""
    if unit in VOTES:
        return "countries" if STATES_VOTE.search(sentence) and not PEOPLES_VOTE.search(sentence) else "people"
    if unit in FOR_A_STATE:
        return "countries"
    if unit == "members" and MEMBERS_VOTING.match(after):
        return "people"
    if unit_family(unit) == "people" and WARRANT_FOR.search(before):
        return "warrants"
    if unit == "members" and whole_membership(before, after):
        return "countries"
    return unit


# One case a child, as deportations are counted: 'about 16,000 such cases' after deported children
# are 16,000 children (after suspects or judges, cases stay cases).
SUCH_CASES = re.compile(r"^such\s+cases\b", re.I)


def referred_unit(noun: str, before: str, earlier: str) -> str:
    """'children' when 'such cases' refer back to children: the last counted in the paragraph
    (`earlier`) or, with none, the last named before the figure in its sentence; else ''."""
    if not SUCH_CASES.match(noun):
        return ""
    named = [FAMILIES[w.lower()] for w in re.findall(r"[A-Za-z]+", before) if w.lower() in FAMILIES]
    last = unit_family(earlier) if earlier else (named[-1] if named else "")
    return "children" if last == "children" else ""
