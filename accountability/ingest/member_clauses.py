"""The clause of a joining: where it starts and ends around its cue, and its subject; and where
its members stand when not beside its verb: the name a relative clause hangs on ('Peru, which also
signed'), or the names a count of states goes on to list ('Forty states joined the register, among
them Peru and Chile')."""

from __future__ import annotations

import re

# 'who' or 'which' opening the clause of the verb: its subject is the name before the comma.
RELATIVE = re.compile(r"(?:who|which)\b")
# A person's name between the state's word and the comma: 'the Peruvian President Ana Reyes, who'.
NAME_WORDS = re.compile(r"(?:\s+[A-Z][\w’'.-]*)*")
# A count of states the clause names before its verb: 'Forty countries', 'more than 40 states'.
COUNTED = re.compile(r"\b(?:states|countries|nations|governments)\b", re.I)
# What turns a count into its list after the coalition: ', including A and B', ', among them A'.
NAMED_AFTER = re.compile(r",\s*(?:including|among them|among which|such as|namely)\s+", re.I)


def antecedent(analysed, clause_start: int) -> list:
    """The actor a 'who'/'which' clause starting at `clause_start` speaks of: the last one named
    before its comma, with at most a person's name between (the state's president, then the name)."""
    text = analysed.text
    if not RELATIVE.match(text, clause_start):
        return []
    comma = text.rfind(",", 0, clause_start)
    if comma < 0 or text[comma + 1 : clause_start].strip():
        return []
    before = [m for m in analysed.free_actors() if m.end <= comma]
    if not before or not NAME_WORDS.fullmatch(text[before[-1].end : comma]):
        return []
    return [before[-1]]


def listed_after_count(text: str, clause: tuple[int, int], cue_end: int) -> int | None:
    """Where the names start that a counted subject goes on to list ('Forty states joined the
    register, including Peru and Chile'), or None when the clause counts no states."""
    if not COUNTED.search(text, clause[0], clause[1]):
        return None
    found = NAMED_AFTER.search(text, cue_end)
    return found.end() if found else None


# ', with Romania becoming a member in October': a clause of its own, with its own subject and date.
ABSOLUTE = r",\s+(?=with\s+(?:the\s+)?[A-Z][^,;]{0,40}?\s+\w+ing\b)"
CLAUSE_START = re.compile(
    r"(?:[;:]|\s[—–]\s|,\s+(?=(?:when|where|while|after|before|because|although|but|and|"
    r"which|who|whereas|as)\b)|" + ABSOLUTE + ")"
)
# 'prosecutors from A, but also from B' goes on with the same list.
CLAUSE_END = re.compile(
    r"[;:]|\s[—–]\s|,\s+(?:which|who|while|whereas|but(?!\s+also\s+from))\b|" + ABSOLUTE + "|$"
)
SERIAL_AND = re.compile(r",\s+and\s")


def clause_before(analysed, cue_start: int) -> int:
    """Where the clause ending at the cue starts; the comma of a list ('A, B, and C joined') starts none."""
    text = analysed.text
    ends = {m.end for m in analysed.actors}
    starts = [
        m.end()
        for m in CLAUSE_START.finditer(text)  # the whole text: a boundary may look past the cue
        if m.end() <= cue_start
        and not (m.start() in ends and SERIAL_AND.match(text, m.start()) and _actor_at(analysed, m.end()))
    ]
    return starts[-1] if starts else 0


def _actor_at(analysed, at: int) -> bool:
    """Does an actor's name start at `at`, after 'and' and an article?"""
    lead = re.match(r"(?:and\s+)?(?:the\s+)?", analysed.text[at:])
    return any(m.start == at + lead.end() for m in analysed.actors)


def clause_after(text: str, cue_end: int) -> int:
    match = CLAUSE_END.search(text, cue_end)
    return match.start() if match else len(text)


def subject(text: str, cue: int) -> str:
    """The words of the clause before a cue: its subject and what stands beside it."""
    return re.split(r"[;:]|\.\s", text[:cue])[-1]
