"""Memberships: named states and organisations that join, sign, or are members or participants
of a named team, agreement, declaration, group or register. A list gives one record per member;
an actor named as not joining is no member; a bilateral agreement ("between A and B") is no coalition.
"""

from __future__ import annotations

import re

from .actors import Actor, clean_name
from .coalitions import ANY, Coalition
from .document import BLOCKING_BEFORE, DocumentView
from .proposals import Proposal

ROLE_NOUNS = {
    "member": "member",
    "participant": "participant",
    "signator": "signatory",
    "partner": "partner",
    "part": "member",
    "founding member": "founding member",
}
# (pattern, role, side): side says where the members stand, before the cue or after it.
CUES: list[tuple[re.Pattern, str, str]] = [
    (
        re.compile(
            r"\b(?:its|their|the team's|the group's)\s+(?:\w+\s+)?"
            r"(?P<noun>members|participants|signatories|partners)"
            r"\s+(?:are|were|include|included|now include|are now)\b",
            re.I,
        ),
        "",
        "after",
    ),
    (
        re.compile(
            r"\b(?:includes|include|included|comprises|comprise|comprised|consists of|brings together)\b",
            re.I,
        ),
        "member",
        "after",
    ),
    (re.compile(r"\b(?:signed|joined|endorsed|approved) by\b", re.I), "", "after"),
    (re.compile(r"\bas did\b", re.I), "", "after"),
    (
        re.compile(
            r"\b(?:is|are|was|were|became|become|becoming|remains?|as)\s+(?:a |an |the |its )?(?:\w+\s+)?"
            r"(?P<noun>member|participant|signatory|partner|part)s?(?:\s+(?:states?|countr(?:y|ies)))?"
            r"(?:\s+(?:of|in|to)\b)?",
            re.I,
        ),
        "",
        "before",
    ),
    (re.compile(r"['’]s\s+(?:participation|membership) in\b", re.I), "participant", "before"),
    (
        re.compile(r"\b(?:took|take|takes|taking) part in\b|\bparticipat(?:e|es|ed|ing) in\b", re.I),
        "participant",
        "before",
    ),
    (
        re.compile(r"\b(?:joined|joins|join|joining|acceded to|accedes to|accede to)\b", re.I),
        "member",
        "before",
    ),
    (re.compile(r"\b(?:signed|signs|sign|signing|endorsed|approved|agreed)\b", re.I), "signatory", "before"),
    (re.compile(r"\b(?:referred|refers|refer)\b", re.I), "referring state", "before"),
]
IRREALIS = re.compile(
    r"\b(?:possibility of|possible|whether|may|might|could|would|invited to|considering|consider|plans? to|"
    r"intends? to|aims? to|discussed|negotiat\w*|seeks? to|hopes? to|expected to|to sign|to join|urged)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
NEGATION = re.compile(
    r"\b(?:not|n't|never|no longer|neither|nor|declined|refused|left|withdrew|withdrawn|quit)\b", re.I
)
EXCLUSION = re.compile(
    r"\b(?:except|apart from|other than|excluding|with the exception of|but not|without)\b", re.I
)
CLAUSE_START = re.compile(
    r"(?:[;:]|\s[—–]\s|,\s+(?=(?:when|where|while|after|before|because|although|but|and|"
    r"which|who|whereas|as)\b))"
)
CLAUSE_END = re.compile(r"[;:]|\s[—–]\s|,\s+(?:which|who|while|whereas|but|as well as)\b|$")
BILATERAL = re.compile(r"\bbetween\b[^,;]*\band\b", re.I)
NAME_LIKE = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z(“\"][^\s]*|of|for|and|the|de|in|on|against))*")
DEFAULT_ROLE = {"declaration": "signatory", "memorandum": "signatory", "referral": "referring state"}


def _role(cue_role: str, match: re.Match, coalition: Coalition, sentence: str) -> str:
    noun = (match.groupdict().get("noun") or "").lower().rstrip("s")
    role = cue_role or next((r for k, r in ROLE_NOUNS.items() if noun.startswith(k)), "member")
    if re.search(r"\bfounding\b|\bset up\b|\bfounded\b", sentence, re.I) and role in ("member", "signatory"):
        return "founding member"
    if role == "member" and coalition.kind in DEFAULT_ROLE and not noun:
        return DEFAULT_ROLE[coalition.kind]
    return role


def _clause_before(text: str, cue_start: int) -> int:
    starts = [m.end() for m in CLAUSE_START.finditer(text[:cue_start])]
    return starts[-1] if starts else 0


def _clause_after(text: str, cue_end: int) -> int:
    match = CLAUSE_END.search(text, cue_end)
    return match.start() if match else len(text)


def _list_items(span: str) -> list[tuple[int, str]]:
    """Items of an enumeration, with their offsets: 'A, B and the C' -> A, B, the C."""
    items, depth, start = [], 0, 0
    quote = False
    for i, char in enumerate(span + ","):
        if char in "(“":
            depth += 1
        elif char in ")”":
            depth = max(0, depth - 1)
        elif char == '"':
            quote = not quote
        if char == "," and depth == 0 and not quote:
            items.append((start, span[start:i]))
            start = i + 1
    out = []
    for offset, item in items:
        for part in re.split(r"\s+(?:and|&)\s+|^\s*and\s+", item):
            if part.strip():
                out.append((offset + item.find(part), part))
    return out


def _members_after(view: DocumentView, analysed, start: int, end: int) -> list[Actor]:
    """The actors listed in text[start:end]: known names, or new organisations written as names."""
    text = analysed.text
    members = []
    for offset, item in _list_items(text[start:end]):
        item_start = start + offset
        cleaned = clean_name(re.sub(r"^\s*and\s+", "", item))
        if not cleaned or EXCLUSION.search(text[start:item_start]) or NEGATION.search(item):
            continue
        actor = view.context.actors.whole(cleaned)
        if actor is None:
            inside = [m for m in analysed.actors if item_start <= m.start < item_start + len(item)]
            lead = inside[0] if inside else None
            if (
                lead
                and re.fullmatch(r"\s*(?:and\s+)?(?:the\s+)?", text[item_start : lead.start], re.I)
                and not re.search(r"\s[A-Z]", text[lead.end : item_start + len(item)])
            ):
                actor = lead.actor  # 'Poland (since 2022)'
            elif NAME_LIKE.fullmatch(cleaned) and len(cleaned) > 2:
                actor = view.context.actors.propose(cleaned)
        if actor is not None and not BLOCKING_BEFORE.search(text[:item_start] + " "):
            members.append(actor)
    return members


def _members_before(analysed, start: int, cue_start: int) -> list[Actor]:
    text = analysed.text
    out = []
    for mention in analysed.free_actors():
        if start <= mention.start and mention.end <= cue_start:
            clause = text[start:cue_start]
            if NEGATION.search(clause) or EXCLUSION.search(text[start : mention.start]):
                continue
            out.append(mention.actor)
    return out


def extract(view: DocumentView) -> list[Proposal]:
    proposals: list[Proposal] = []
    seen: set[tuple[str, str]] = set()
    for index, analysed in enumerate(view.sentences):
        text = analysed.text
        if text.isupper() or BILATERAL.search(text) and not re.search(r"\binclud", text, re.I):
            continue
        for pattern, cue_role, side in CUES:
            for match in pattern.finditer(text):
                if IRREALIS.search(text[: match.start()]) or re.match(r"\s*forces\b", text[match.end() :]):
                    continue
                members, coalition = _cue_members(view, index, analysed, match, side)
                if not members or coalition is None:
                    continue
                role = _role(cue_role, match, coalition, text)
                for actor in members:
                    key = (coalition.coalition_id, actor.actor_id)
                    if key in seen:
                        continue
                    seen.add(key)
                    proposals.append(_proposal(view, analysed, coalition, actor, role, match.start()))
    return proposals


def _cue_members(view: DocumentView, index: int, analysed, match: re.Match, side: str):
    text = analysed.text
    if side == "after":
        end = _clause_after(text, match.end())
        members = _members_after(view, analysed, match.end(), end)
    else:
        start = _clause_before(text, match.start())
        members = _members_before(analysed, start, match.start())
    if not members:
        return [], None
    coalition = _coalition(view, index, analysed)
    return members, coalition


def _coalition(view: DocumentView, index: int, analysed) -> Coalition | None:
    """The sentence's coalition: named here; else referred to ('the team') and found around; else a new
    name written here, proposed; else the coalition of the sentences around."""
    named = [m for m in analysed.coalitions if m.coalition]
    if named:
        return named[0].coalition
    anaphors = [m for m in analysed.coalitions if m.anaphor]
    if anaphors:
        return view.coalition_for(index, anaphors[0].kinds)
    proposable = [m for m in analysed.coalitions if m.named and m.coalition is None]
    if proposable:
        return view.context.coalitions.propose(proposable[0])
    return view.coalition_for(index, (ANY,))


def _proposal(
    view: DocumentView, analysed, coalition: Coalition, actor: Actor, role: str, cue: int
) -> Proposal:
    dates = sorted(analysed.dates, key=lambda d: abs(d.start - cue))
    if dates:
        joined, precision, note = dates[0].value, dates[0].precision, dates[0].note
    else:
        fallback = view.fallback_date()
        joined, precision, why = fallback if fallback else ("", "", "")
        note = f"Joined no later than {joined}: {why}." if fallback else ""
    fields = {
        "coalition_id": coalition.coalition_id,
        "actor_id": actor.actor_id,
        "role": role,
        "joined": joined,
        "joined_precision": precision,
        "note": note.strip(),
    }
    return Proposal("memberships", fields, [analysed.text], [coalition, actor])
