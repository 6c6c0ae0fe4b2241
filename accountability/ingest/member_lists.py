"""Memberships: member lists that stand apart from the cue: states given by bracketed codes ('(EE, LT,
PL)'), names after a count and a colon ('signed by 34 states: A, B'), a next sentence's 'Among them: A
and B' or one that only goes on with the list before it, and the leads before a list ('the
governments of', 'prosecutors from').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from .coalitions import Coalition
from .document import DocumentView
from .joining_cues import PEOPLE_OF
from .member_clauses import clause_after, listed_after_count
from .member_names import Member, blank, members_after
from .not_joining import NEGATION
from .when import DateMention

# Two-letter state codes listed in brackets: '(EE, LT, LV)'; EU texts write EL for Greece, UK for Britain.
CODE_LIST = re.compile(r"\(\s*([A-Z]{2}(?:\s*,\s*[A-Z]{2}){1,}(?:\s*,?\s*and\s+[A-Z]{2})?)\s*,?\s*\)")
EU_CODES = {"EL": "GR", "UK": "GB"}
GROUP_NOUN = re.compile(r"\b(?:states|countries|nations|members|governments|parties)\b", re.I)
# 'signed by 34 member states of the Council of Europe out of 46:' - the list follows the colon.
COUNTED_LIST = re.compile(r"\s*(?:the following|all|\d+|[a-z]+(?:-[a-z]+)?)\b[^:;]*$", re.I)
# A count before the names it sums up: 'by 44 states, including A, B and C', '30 countries, namely A'.
COUNT_LEAD = re.compile(
    r"\s*(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+)?(?:states|countries|nations|members|governments)\s*,?\s*"
    r"(?:including|namely|such as|among them|among which)\s+",
)
# A count of states a clause gives instead of their names: '44 countries', 'forty-three states'.
COUNT_NOUN = re.compile(
    r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+)?(?:states|countries|nations|governments)\b", re.I
)
# A sentence that opens with the list the one before announced.
LIST_OPENER = re.compile(
    r"\s*(?:among\s+(?:them|others|those|which)|they\s+(?:are|include)|these\s+(?:are|include))\b"
    r"(?:\s*[:,]?\s*(?:\w+\s+){0,2}?(?:listed|named|mentioned|cited|are|were|include[sd]?)\b)?\s*[:,]?",
    re.I,
)
LIST_LEAD = re.compile(
    r"\s*(?:the\s+)?(?:(?:representatives|delegations|ministers|envoys|ambassadors)\s+of\s+(?:the\s+)?)?"
    r"(?:governments?|states|countries)\s+of\s+(?:the\s+)?",
    re.I,
)
# ...where only known states and bodies count: 'investigators from the city police' names no party.
PEOPLE_LEAD = re.compile(
    r"\s*(?:the\s+)?(?:[a-z]+\s+){0,2}" + PEOPLE_OF + r"\s+(?:of|from)\s+(?:the\s+)?", re.I
)
# A count of the listed that a colon then names: 'The following states signed it: A, B and C.', 'The
# following signed: A and B.'
LISTED_BEFORE = re.compile(
    r"\b(?:states|countries|nations|members|governments|signatories|participants|partners|parties|"
    r"the following)\b",
    re.I,
)
# A sentence that only continues the list of the sentence before: 'Also Belgium and Canada.',
# 'Finland and France did so as well.' (the actors and dates blanked out first).
CONTINUATION = re.compile(
    r"[\s,.;:()]*(?:(?:and|also|too|as well|the|did so|did the same|followed|suit|so did|likewise|plus|"
    r"in addition|later|then|were|was|joined|signed|endorsed|among them|others)\b[\s,.;:()]*)*",
    re.I,
)


@dataclass
class Listed:
    """The last list of members read: a next sentence of the same paragraph may go on with it."""

    index: int
    coalition: Coalition | None
    role: str
    date: DateMention | None


def counted_only(analysed, match: re.Match, side: str, clause: tuple[int, int]) -> bool:
    """Does the cue's clause count states without naming any: 'signed by 44 countries', 'Forty states
    joined the register'?"""
    span = (match.end(), clause[1]) if side == "after" else (clause[0], match.start())
    return bool(COUNT_NOUN.search(analysed.text, *span)) and not any(
        clause[0] <= m.start < clause[1] for m in analysed.actors
    )


def listed_next(view: DocumentView, listed: Listed, index: int) -> bool:
    """Does sentence `index` open with the list the sentence before announced: 'Among them: A and B.',
    'Among others, she named A and B.', 'They include A and B.'?"""
    analysed = view.sentences[index]
    before = view.sentences[listed.index]
    return (
        listed.index == index - 1
        and before.sentence.paragraph == analysed.sentence.paragraph
        and bool(LIST_OPENER.match(analysed.text))
        and not NEGATION.search(analysed.text)
    )


def goes_on(view: DocumentView, listed: Listed, index: int) -> bool:
    """Does sentence `index` only go on with the list of the sentence before it, in the same paragraph?"""
    analysed = view.sentences[index]
    before = view.sentences[listed.index]
    actors = analysed.free_actors()
    if listed.index != index - 1 or before.sentence.paragraph != analysed.sentence.paragraph or not actors:
        return False
    rest = blank(analysed.text, [(m.start, m.end) for m in [*actors, *analysed.dates]])
    return bool(CONTINUATION.fullmatch(rest)) and not NEGATION.search(analysed.text)


def coded_members(view: DocumentView, analysed, start: int, end: int) -> list[Member]:
    """States a clause lists by their two-letter codes in brackets, as EU texts do after a group noun:
    'the member states that joined the team (EE, LT, PL)'. Every code must name a state."""
    text = analysed.text
    found = CODE_LIST.search(text, start, min(len(text), end + 1))
    if not found or not GROUP_NOUN.search(text, start, found.start()):
        return []
    states = {a.iso3: a for a in view.context.actors.forms.values() if a.iso3}
    members = []
    for code in re.finditer(r"[A-Z]{2}", found.group(1)):
        country = pycountry.countries.get(alpha_2=EU_CODES.get(code.group(0), code.group(0)))
        actor = states.get(country.alpha_3) if country else None
        if actor is None:
            return []
        members.append(Member(actor, found.start(1) + code.start(), found.start(1) + code.end()))
    return members


def listed_later(view: DocumentView, analysed, clause: tuple[int, int], match: re.Match) -> list[Member]:
    """Members a counted subject names after the verb: 'The following states signed it: A and B',
    'Forty states joined the register, including A and B'."""
    text, (start, end) = analysed.text, clause
    if text[end : end + 1] == ":" and LISTED_BEFORE.search(text[start : match.start()]):
        return members_after(view, analysed, end + 1, clause_after(text, end + 1))
    named = listed_after_count(text, (start, match.start()), match.end())
    return [] if named is None else members_after(view, analysed, named, clause_after(text, named))
