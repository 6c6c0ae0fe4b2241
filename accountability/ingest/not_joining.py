"""Memberships: the tests that say a cue tells no joining (a plan, a condition, a denial, a vote, a
meeting attended, a bilateral agreement, a verb with no coalition beside it). The extractor skips a
cue any of them fits.
"""

from __future__ import annotations

import re

from .actors import ActorMention
from .joining_cues import CHAIRS, FOUNDS
from .member_clauses import COUNTED, clause_after, clause_before, subject

# How far a chairing or founding verb may stand from the coalition it makes its subject a member of.
OBJECT_GAP = 12
# A body set up 'between' fewer states is a bilateral agreement, no coalition.
MULTILATERAL = 3
# Taking part in a gathering or in a wrong makes no participant of a coalition: 'took part in the
# conference', 'participates in the deportation of children'.
NO_COALITION_OBJECT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:conference|event|meeting|summit|ceremony|session|debate|discussions?|talks|"
    r"deportations?|war|aggression|invasion|crimes?|hostilities|fighting|attacks?|abductions?)\b",
    re.I,
)
IRREALIS = re.compile(
    r"\b(?:possibility of|possible|whether|may|might|could|would|invited to|considering|consider|plans? to|"
    r"intends? to|aims? to|discussed|negotiat\w*|seeks? to|hopes? to|expected to|to sign|to join|urged|"
    r"(?:is|are|was|were) (?:set|due|going|about|ready|yet) to|(?:is|are) to|wants? to|"
    r"would like to|(?:willing\w*|intention|readiness|desire|plans?|decision) to|"
    # What ought to, may or is allowed to happen: 'should be set up by', 'must sign', 'ready to sign',
    # 'authorised the minister to sign', 'committed to joining', 'a step towards joining'.
    r"should|must|needs? to|ought to|(?:ready|able|authori[sz]ed|mandated?|expects?|committed|agreed|"
    r"called on|calls? on|urges?|invit(?:es?|ing)|encourag\w+|inspir\w+)\s+(?:\w+\s+){0,3}?to|"
    r"towards?|(?:was|were) to)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
# 'if the Council refers the case', 'unless Russia signs': a condition, not a fact.
CONDITIONAL = re.compile(r"\b(?:if|unless)\b[^,;:.]*$", re.I)
# Verbs that say what was agreed or approved, often a plan or a text, not a coalition: 'agreed to
# extend', 'a treaty approved by the Assembly'. They count only with a coalition beside them.
WEAK = re.compile(r"(?:agreed|approved|endorsed)\b", re.I)
# Who votes for, against or abstains on a resolution joins nothing by it.
VOTERS = re.compile(r"\b(?:vot(?:e|es|ed|ing)|abstain(?:s|ed|ing)?|abstentions?)\b", re.I)
# A cue word used as a noun: 'a sign that', 'the signing of', 'its joining'.
NOUN_USE = re.compile(r"\b(?:a|an|the|this|its|their|his|her)\s+$", re.I)
# A future joining or signing is a plan, not a membership ('Ukraine will sign an agreement'); taking part
# in a meeting the text announces is reported as its participation.
FUTURE = re.compile(r"\b(?:will|shall)\s+(?:\w+\s+){0,2}$", re.I)
NEGATION = re.compile(
    r"\b(?:not|n't|never|no longer|neither|nor|declined|refused|left|withdrew|withdrawn|quit)\b", re.I
)
# 'The list does not include A', 'B has not yet joined', 'A and B, none of which are members': the cue
# itself denied.
DENIED = re.compile(r"\b(?:(?:not|n't|never|no longer)\s+(?:yet\s+)?(?:\w+\s+)?|none\s+of\s+\w+\s+)$", re.I)
# 'Russia signed the statute but later withdrew its signature': a joining undone in the same sentence.
UNDONE = re.compile(r"\bbut\s+(?:\w+\s+){0,2}(?:withdrew|withdrawn|revoked|renounced|left|quit)\b", re.I)
BILATERAL = re.compile(r"\bbetween\b[^,;]*\band\b", re.I)
# 'the minister was joined by her colleague': a person's company, no joining.
ACCOMPANIED = re.compile(r"joined\s+by\b", re.I)


def decided(analysed, match: re.Match) -> bool:
    """'A and B will become members of the team', said as the day's news with no date of its own: the
    joining is decided. 'A will join next year' or 'will sign' stays a plan."""
    if not re.match(r"(?:become|join)\b", match.group(0), re.I):
        return False
    clause = clause_before(analysed, match.start()), clause_after(analysed.text, match.end())
    return not any(clause[0] <= d.start < clause[1] for d in analysed.dates)


def coalition_beside(analysed, match: re.Match, side: str) -> bool:
    """Does a coalition stand right on the verb's object side: 'co-chaired the coalition', 'the
    declaration approved by'? Chairing a meeting or approving a plan makes no member."""
    if side == "after":
        return any(
            0 <= match.start() - m.end <= OBJECT_GAP and (m.coalition or m.anaphor or m.named)
            for m in analysed.coalitions
        )
    return any(
        0 <= m.start - match.end() <= OBJECT_GAP
        # 'A, B and C established a joint working group': a founding names a coalition of any wording.
        and (m.coalition or m.anaphor or (m.named and match.re is not CHAIRS) or match.re is FOUNDS)
        and ("declaration" not in m.kinds or match.re is not CHAIRS)
        for m in analysed.coalitions
    )


def agreed_together(analysed, match: re.Match, side: str) -> bool:
    """Does an 'agreed' or 'approved' make members: with a coalition beside it ('approved the
    declaration'), or agreed by many states together ('Forty countries agreed to work together');
    one state agreeing to do something joins nothing."""
    many = side == "before" and COUNTED.search(subject(analysed.text, match.start()))
    return bool(many) or coalition_beside(analysed, match, side)


def actor_subject(analysed, at: int) -> bool:
    """Is what includes the list an actor, not a coalition: 'Eurojust, an agency that brings together
    authorities from A and B' says what Eurojust is made of."""
    named = [m for m in [*analysed.actors, *analysed.coalitions] if m.end <= at]
    return bool(named) and isinstance(max(named, key=lambda m: m.end), ActorMention)
