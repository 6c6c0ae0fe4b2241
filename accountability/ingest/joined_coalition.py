"""Memberships: which coalition a joining is about: the nearest named on the cue's object side, one
referred to ('the team') and found around, a new name proposed, the article's own; for a referral, the
referral of the situation to the court.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .coalitions import ANY, Coalition, distinct_name, fits
from .document import DocumentView
from .treaties import document_treaty, full_mention

# What links a name to its complement: 'Core Group on (the establishment of) a Special Tribunal'.
COMPLEMENT = re.compile(
    r"\s+(?:on|for|of|to)\s+(?:the\s+|a\s+|an\s+)?(?:establishment\s+of\s+(?:the\s+|a\s+|an\s+)?)?"
)


def cue_coalition(view: DocumentView, index: int, analysed, match: re.Match, side: str) -> Coalition | None:
    """The cue's coalition: the nearest named here on its object side (after 'joined', before
    'signed by'), the head of a compound name ('the Special Tribunal Core Group' is a group); else
    referred to ('the team') and found around; else a new name written here, proposed; else the
    coalition of the sentences around; else the one the article's title names."""
    named = _heads([m for m in analysed.coalitions if m.coalition], analysed.text)
    if side == "before" and not any(m.start >= match.end() for m in named):
        # 'envoys of the team from A will join the work of the centre': the object, though only referred to.
        named = _object_anaphor(view, index, analysed, match) or named
    if named:
        if side == "after":
            near = [m for m in named if m.end <= match.start()] or named
            return min(near, key=lambda m: abs(match.start() - m.end)).coalition
        near = [m for m in named if m.start >= match.end()] or named
        return min(near, key=lambda m: abs(m.start - match.end())).coalition
    anaphors = [m for m in analysed.coalitions if m.anaphor]
    kinds = anaphors[0].kinds if anaphors else (ANY,)
    found = view.coalition_for(index, kinds) or view.title_coalition(kinds) if anaphors else None
    proposable = [m for m in analysed.coalitions if m.named and m.coalition is None and distinct_name(m.text)]
    if found or proposable:
        return found or view.context.coalitions.propose(full_mention(view, proposable[0]))
    if anaphors:
        # 'the group was joined by A': a word for the coalition the article is about, whatever its kind.
        return _treaty(view, kinds) or view.main_coalition()
    return (
        view.coalition_for(index, (ANY,))
        or view.title_coalition()
        or _treaty(view, (ANY,))
        or _only_of_kind(view, analysed)
    )


def referral_coalition(view: DocumentView, index: int, from_states: bool) -> Coalition | None:
    """What states refer is a situation to the court, not the treaty or the court named beside it:
    the referral coalition of the sentence or around, else, for 'referrals from A and B', the one the
    tables hold (a chamber that 'referred the case' to an assembly makes no referral of states)."""
    kinds = ("referral",)
    found = view.coalition_for(index, kinds) or view.title_coalition(kinds)
    curated = [c for c in view.context.coalitions.coalitions if fits(c, kinds)]
    return found or (curated[0] if from_states and len(curated) == 1 else None)


def _object_anaphor(view: DocumentView, index: int, analysed, match: re.Match) -> list:
    """The coalition a 'the centre' a few words after a joining verb refers to ('join them in the work of
    the centre'), as a mention, or []."""
    for m in analysed.coalitions:
        if m.anaphor and re.fullmatch(r"[\w\s]{0,40}", analysed.text[match.end() : m.start]):
            found = view.coalition_for(index, m.kinds) or view.title_coalition(m.kinds)
            return [replace(m, coalition=found)] if found else []
    return []


def _only_of_kind(view: DocumentView, analysed) -> Coalition | None:
    """'a Joint Investigation Team for crimes in Ukraine' names its kind only: the one curated coalition
    of that kind, when the tables hold exactly one."""
    kinds = {k for m in analysed.coalitions if not m.coalition and ANY not in m.kinds for k in m.kinds}
    found = [c for c in view.context.coalitions.coalitions if c.kind in kinds]
    return found[0] if len(found) == 1 else None


def _treaty(view: DocumentView, kinds: tuple[str, ...]) -> Coalition | None:
    """The one uncurated coalition the document names, proposed, for a mention nothing else resolves."""
    found = document_treaty(view)
    if found is None or not (ANY in kinds or ANY in found.kinds or set(kinds) & set(found.kinds)):
        return None
    return view.context.coalitions.propose(found)


def _heads(mentions: list, text: str) -> list:
    """Mentions without those that only qualify the next or the previous one: in 'Special Tribunal
    Core Group' the first qualifies the second; in 'Core Group on a Special Tribunal' the second
    completes the first."""
    dropped = set()
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = text[a.end : b.start]
        if not between.strip():
            dropped.add(id(a))
        elif COMPLEMENT.fullmatch(between):
            dropped.add(id(b))
    return [m for m in mentions if id(m) not in dropped]
