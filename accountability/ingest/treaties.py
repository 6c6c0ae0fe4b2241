"""A treaty the curated tables lack, named in full as the document allows, and when joining it
took effect: a state is a party from the treaty's entry into force for it, where the text says."""

from __future__ import annotations

import re
from dataclasses import replace

from .coalitions import TRAILING_DATE, CoalitionMention, distinct_name

# 'the Statute entered into force (for it) on 1 June 2024': the date after it.
IN_FORCE = re.compile(
    r"\b(?:enter(?:s|ed)?\s+into\s+force|entry\s+into\s+force|took\s+effect)(?:\s+for\s+\w+)?"
    r"\s+(?:on|from|in)?\s*$",
    re.I,
)
# A statute is a court's founding treaty: 'the Rome Statute' is that of the court the text names.
STATUTE = re.compile(r"\bStatute$")
COURT = re.compile(r"\b(?:Court|Tribunal)\b")
# What ends a name: its short form in brackets, a date, or the next thing listed ('... and the Statute',
# '... and its amendments').
TRAILING_SHORT = re.compile(r"\s*\([^)]*\)\s*$|\s+and\s+(?:the|a|an|its|their)\s.*$")
# A statute's name as news texts often misspell it: 'the Roman Statute'.
MISSPELT = re.compile(r"\bRoman(?=\s+Statute)")


def in_force_date(analysed):
    """The date the sentence says something entered into force, or None."""
    return next((d for d in analysed.dates if IN_FORCE.search(analysed.text[: d.start])), None)


def full_mention(view, mention: CoalitionMention) -> CoalitionMention:
    """The mention under its fullest name in the document: a longer form of it written elsewhere
    ('Rome Statute' -> 'Rome Statute of the International Criminal Court'), a body's short name
    spelt out ('of the ICC'), 'the court' named, and a bare statute completed by the one court named."""
    name = _spelt_out(view, mention.text)
    longer = [
        other
        for s in view.sentences
        for m in s.coalitions
        if m.coalition is None
        and (
            (other := _spelt_out(view, m.text)).startswith(f"{name} of ")
            or re.fullmatch(
                rf"[A-Z][\w’'-]+ {re.escape(name)}", other
            )  # its proper name: 'Rome Statute of ...'
        )
    ]
    if longer:
        name = max(longer, key=len)
    return replace(mention, text=name) if name != mention.text else mention


def _spelt_out(view, text: str) -> str:
    """A name without its trailing extras, spelling mended, bodies' short names spelt out, the court
    named before its statute put after it ('ICC Rome Statute' -> 'Rome Statute of the International
    Criminal Court'), and 'the court' or a bare statute completed by the one court the text names."""
    name = _bare(text)
    name = MISSPELT.sub("Rome", name)
    first = next(iter(view.context.actors.find(name)), None)
    if first and first.start == 0 and first.actor.kind == "court or prosecutor" and STATUTE.search(name):
        name = f"{name[first.end :].strip()} of the {first.text}"
    for found in reversed(view.context.actors.find(name)):
        if found.actor.kind != "state" and found.text != found.actor.name:
            name = name[: found.start] + found.actor.name + name[found.end :]
    courts = _courts(view)
    if len(courts) == 1:
        name = re.sub(r"\bof the (?:court|Court|tribunal)$", f"of the {courts[0]}", name)
        if STATUTE.search(name):
            name = f"{name} of the {courts[0]}"
    return name


def document_treaty(view) -> CoalitionMention | None:
    """The one named, unresolved coalition the document speaks of, for 'the Statute' or 'it' when
    nothing curated fits; None when it names none or several."""
    found = {}
    for analysed in view.sentences:
        for mention in analysed.coalitions:
            if mention.named and mention.coalition is None and distinct_name(mention.text):
                full = full_mention(view, mention)
                found.setdefault(full.text.casefold(), full)
    return next(iter(found.values())) if len(found) == 1 else None


def _courts(view) -> list[str]:
    names = {
        m.actor.name
        for s in view.sentences
        for m in s.actors
        if m.actor.kind == "court or prosecutor" and COURT.search(m.actor.name)
    }
    return sorted(names)


def _bare(name: str) -> str:
    return TRAILING_SHORT.sub("", TRAILING_DATE.sub("", name.strip()))
