"""Figures that are no count a curated metric keeps: states that have not joined or only mean to,
a part named inside a larger count ('including 26 EU states'), a number Russia claims; and the
number of ratifications a treaty needs to enter into force, which counts nothing that happened; and
the sides of a vote, which count ballots cast, not states that joined or signed."""

from __future__ import annotations

import re

# 'nine countries have not yet joined', 'six states not signing'.
NOT_DONE = re.compile(
    r"\b(?:not|n't|never|yet to)\s+(?:yet\s+)?(?:been\s+)?(?:\w+\s+)?"
    r"(?:join|sign|ratif|accede|becom|particip)\w*",
    re.I,
)
# A declared intention or commitment to join, with no joining said beside it ('joined or intend to').
INTENDED = re.compile(r"\b(?:intention|intentions|intend\w*|willing\w*|readiness|committed to)\b", re.I)
DONE = re.compile(r"\b(?:joined|signed|ratified|acceded|became)\b", re.I)
# 'with 43 states, including 26 EU member states': the second figure is part of the first.
PART_OF = re.compile(r"\b(?:including|among them|of them|of whom|of which)\s+(?:[\w-]+\s+){0,2}$", re.I)
RUSSIAN_CLAIM = re.compile(
    r"\b(?:Russia|Russians|Russian Federation|Moscow|Kremlin)\b(?:\s+[\w’']+){0,4}?\s+claim(?:s|ed)?\b"
)
# 'supported by 90 states, with 10 against', '95 votes in favour', '40 abstained': a vote's tally.
VOTE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)|in\s+favou?r|abstain\w*|abstentions?)\b|\b\d+\s+(?:\w+\s+)?against\b", re.I
)
THRESHOLD = re.compile(
    r"\b(?:enters?|entering|come|comes)\s+into\s+force\s+(?:\w+\s+){0,2}?"
    r"(?:after|once|when|upon|as soon as)\b[^.;]*$",
    re.I,
)


def no_curated_count(clause: str, figure: str, sentence: str = "") -> bool:
    """Is the figure (its text in the clause, of the sentence) a count no curated metric keeps: of states
    that have not joined or only intend to, a part of a larger count, a number Russia claims, or a vote's
    tally?"""
    at = max(clause.find(figure), 0)
    before = clause[:at]
    own = re.split(r"\s(?:and|but|while|whereas)\s", clause[at + len(figure) :])[0]
    intended = INTENDED.search(clause) and not DONE.search(clause)
    return bool(
        NOT_DONE.search(own)
        or intended
        or PART_OF.search(before)
        or RUSSIAN_CLAIM.search(before)
        or VOTE.search(sentence or clause)
    )


def a_threshold(before: str) -> bool:
    """Is a figure, given the sentence before it, the count a treaty needs to enter into force?"""
    return bool(THRESHOLD.search(before))
