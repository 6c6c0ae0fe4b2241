"""Where the members of a joining stand when not beside its verb: the name a relative clause
hangs on ('Peru, which also signed'), or the names a count of states goes on to list ('Forty
states joined the register, among them Peru and Chile')."""

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
