"""Memberships: the cues of a joining, the words that say a state or body joins, signs, founds, refers,
takes part in or is a member of a coalition; on which side of the cue its members stand; and the role
each cue gives them.
"""

from __future__ import annotations

import re

from .coalitions import Coalition

ROLE_NOUNS = {
    "member": "member",
    "participant": "participant",
    "signator": "signatory",
    "partner": "partner",
    "part": "member",
    "founding member": "founding member",
}
# 'on 25 March, 2022,' or 'on March 25, 2022, in Kyiv': a date may carry its year after a comma.
WHEN_WHERE = r"(?:,?\s+(?:on|in|at)\s+[^,;]{3,30}?(?:,\s+\d{4})?){0,2},?"
# Who co-chairs or leads a coalition is in it; chairing a meeting makes no member (not_joining.OBJECT_GAP).
CHAIRS = re.compile(r"\b(?:co-?chair(?:s|ed|ing)?|chair(?:s|ed)|co-?lead(?:s)?|led|leads)\b(?!\s+by\b)", re.I)
# Who acts for the listed states: 'representatives of the Governments of A, B and C', 'prosecutors from A
# and B', 'the national judicial authorities of A and B' name A, B and C.
PEOPLE_OF = (
    r"(?:representatives|delegations|ministers|envoys|ambassadors|prosecutors|investigators|magistrates|"
    r"judges|experts|officials|authorities)"
)
INCLUDES = re.compile(
    # Who attends a meeting is no member: 'the attendees included delegates from the court'.
    r"(?<!attendees )(?<!guests )(?<!speakers )"
    r"\b(?:includes|include|included|comprises|comprise|comprised|comprising|consists of|brings together|"
    r"made up of)\b|(?<=\w), including\b",
    re.I,
)
# A body described by whose people it gathers: 'the centre, grouping prosecutors from A and B', 'it
# features investigators from A'.
GATHERS = re.compile(
    r"\b(?:groups|grouping|unites|uniting|gathers|gathering|features|featuring|bringing together)"
    r"(?=\s+(?:\w+\s+){0,2}" + PEOPLE_OF + r"\s+(?:of|from)\b)",
    re.I,
)
TAKES_PART = re.compile(r"\b(?:took|take|takes|taking) part in\b|\bparticipat(?:e|es|ed|ing) in\b", re.I)
# Becoming a party: 'became the 125th State Party to', 'ratified', 'deposited its instrument of
# ratification of'.
PARTY = re.compile(
    r"\b(?:is|are|was|were|became|becomes|become|becoming|as)\s+(?:a |an |the )?(?:\w+\s+)?"
    r"(?:state|full)\s+part(?:y|ies)\s+(?:to|of)\b|\bratif(?:ied|ies|y|ying)\b|"
    r"\binstruments?\s+of\s+(?:ratification|accession)\b",
    re.I,
)
# 'referred by A and B', 'received referrals of the situation from the following states: A, B'.
REFERRED_BY = re.compile(
    r"\breferred" + WHEN_WHERE + r"\s+by\b|\breferrals?(?:\s+of\s+[^,;:]{3,60}?)?\s+from\b", re.I
)
# 'A referred the situation to the court'; 'the text refers to the invasion' only mentions it.
REFERS = re.compile(r"\b(?:referred|refers|refer)\b(?!\s+to\b)", re.I)
# 'set up by A and B', 'the setting up of the JIT by A', 'set up between A, B and C' (three or more: a
# bilateral agreement founds no coalition; one body setting something up creates its own organ).
SET_UP_BY = re.compile(
    r"\b(?:set(?:ting)? up|established|created|founded|formed)\b(?:\s+of\s+the\s+[A-Z][\w-]*)?"
    + WHEN_WHERE
    + r"\s+(?:by|(?P<between>between)|with)\b",
    re.I,
)
# 'the declaration was supported by 44 countries': counted states back a text (a body's support is help;
# 'supported by 91 countries, with 12 against' is a vote).
SUPPORTED_BY = re.compile(
    r"\b(?:supported|backed)\s+by(?=\s+(?:more than\s+|over\s+)?\d+\s+(?:states|countries)\b)"
    r"(?![^.]*\b(?:against|abstain\w*|in favou?r)\b)",
    re.I,
)
# Founders as the subject: 'A, B and C set up the team', 'A and B announce the creation of the group'
# (counted only with the coalition right after the verb).
FOUNDS = re.compile(
    r"\b(?:(?:co-?)?founded|established|set up|created|formed|launched|"
    r"announc(?:e|es|ed)\s+the\s+(?:creation|establishment|launch|formation|setting\s+up)\s+of)"
    r"(?!\s+(?:by|between|with|in|on)\b)",
    re.I,
)
# (pattern, role, side): side says where the members stand, before the cue or after it.
CUES: list[tuple[re.Pattern, str, str]] = [
    (
        re.compile(
            r"\b(?:(?:among\s+)?(?:its|their|the team's|the group's)|among\s+the)\s+(?:\w+\s+)?"
            r"(?P<noun>members|participants|signatories|partners)"
            r"\s+(?:are|were|include|included|now include|are now)\b",
            re.I,
        ),
        "",
        "after",
    ),
    # 'joining existing members A and B', 'members of the group are A and B' (not 'members ... are taking
    # part', which says what they do).
    (
        re.compile(
            r"\b(?:existing|current|fellow|original)\s+(?P<noun>members|participants|partners)\b"
            r"(?!\s+(?:of|in|to)\b)"
            r"|\b(?P<noun2>members|participants|partners|signatories)\s+of\s+(?:the|this|that)\s+"
            r"[^,;:.]{1,60}?"
            r"\s+(?:are|were|include|included)\b(?!\s+\w+ing\b)",
            re.I,
        ),
        "",
        "after",
    ),
    (INCLUDES, "member", "after"),
    (GATHERS, "participant", "after"),
    # 'signed by', 'signed on 16 May in Reykjavik by': a date or a place may stand before the signers.
    (re.compile(r"\b(?:signed|joined|endorsed|approved)" + WHEN_WHERE + r"\s+by\b", re.I), "", "after"),
    (REFERRED_BY, "referring state", "after"),
    (SUPPORTED_BY, "", "after"),
    (SET_UP_BY, "founding member", "after"),
    (re.compile(r"\bas did\b", re.I), "", "after"),
    (FOUNDS, "founding member", "before"),
    (
        re.compile(
            r"\b(?:is|are|was|were|became|become|becoming|remains?|as)\s+(?:a |an |the |its )?(?:\w+\s+)?"
            r"(?P<noun>member|participant|signatory|partner|part(?:y|ies)\b|part)s?(?:\s+(?:states?|countr(?:y|ies)))?"
            r"(?:\s+(?:of|in|to)\b)?",
            re.I,
        ),
        "",
        "before",
    ),
    (PARTY, "member", "before"),
    (CHAIRS, "member", "before"),
    (re.compile(r"['’]s\s+(?:participation|membership) in\b", re.I), "participant", "before"),
    (TAKES_PART, "participant", "before"),
    (
        re.compile(r"\b(?:joined|joins|join|joining|acceded to|accedes to|accede to)\b", re.I),
        "member",
        "before",
    ),
    (re.compile(r"\b(?:signed|signs|sign|signing|endorsed|approved|agreed)\b", re.I), "signatory", "before"),
    (REFERS, "referring state", "before"),
]
REFERRALS = (REFERRED_BY, REFERS)
# A state party to a treaty is its member, whatever the treaty's kind.
PARTY_ROLE = "member"
DEFAULT_ROLE = {"declaration": "signatory", "memorandum": "signatory", "referral": "referring state"}


def member_role(cue_role: str, match: re.Match, coalition: Coalition | None, sentence: str) -> str:
    noun = (match.groupdict().get("noun") or match.groupdict().get("noun2") or "").lower().rstrip("s")
    role = cue_role or next((r for k, r in ROLE_NOUNS.items() if noun.startswith(k)), "member")
    if re.search(r"\bfounding\b|\bset up\b|\bfounded\b", sentence, re.I) and role in ("member", "signatory"):
        return "founding member"
    if role == "member" and coalition and coalition.kind in DEFAULT_ROLE and not noun:
        return DEFAULT_ROLE[coalition.kind]
    return role
