"""The words a news text uses for what a metric counts, by concept: 'perpetrators' are suspects,
'sentenced' people convicted, 'indicted' people have indictments sent to court."""

from __future__ import annotations

from .words import stem

# Each key's words stand for it; a key of several words is what one word implies ('indicted' says an
# indictment went to court, 'interviewed' speaks of witnesses and interviews).
CONCEPTS = {
    "suspect": "suspicion suspicions charged perpetrators perpetrator accused",
    "convicted": "sentenced verdict verdicts guilty",
    "deported": "abducted abduction kidnapped transferred transfer displaced taken",
    "returned": "brought rescued repatriated reunited",
    "registered": "recorded documented",
    "investigation": "probe probes probing investigating investigated",
    "indictments sent court": "indicted",
    "witness interviews": "interviewed interviews",
    "signed": "supported endorsed joined",
    # Drafting or negotiating a text together is taking part in it.
    "participating": "represented attended attending gathered arrived "
    "drafting drafted negotiating negotiated",
    "sent": "submitted forwarded",
    "held": "keep keeps kept keeping holding holds",
}
SYNONYMS: dict[str, frozenset[str]] = {}
for _meaning, _words in CONCEPTS.items():
    for _word in _words.split():
        SYNONYMS.setdefault(stem(_word), frozenset())
        SYNONYMS[stem(_word)] |= {stem(w) for w in _meaning.split()}


def implied(stems) -> set[str]:
    """The stems the given ones stand for, beyond themselves."""
    return {meant for w in stems for meant in SYNONYMS.get(w, ())}


def concept_word(word: str) -> bool:
    """Does a word name or stand for one of the concepts above ('signed', 'endorsed', 'sentenced')?"""
    return stem(word) in SYNONYMS or stem(word) in {m for meant in SYNONYMS.values() for m in meant}
