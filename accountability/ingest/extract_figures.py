"""Statistics: each reported figure with what it counts, its qualifier, the date it refers to
(from its sentence, else the publication date) and who reported it when the sentence says.
"""

from __future__ import annotations

import re

from . import figures
from .document import DocumentView
from .proposals import Proposal

ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|reported|reports|announced|announces|stated|states|estimated|estimates|told|"
    r"according to|data from|figures from|cited by)\b",
    re.I,
)
WORDS_NEAR = 8


def _reporter(analysed):
    """The actor a sentence attributes its figures to ('..., the ministry said'), if any."""
    cues = list(ATTRIBUTION.finditer(analysed.text))
    if not cues:
        return None
    best = None
    for mention in analysed.actors:
        for cue in cues:
            gap = analysed.text[min(mention.end, cue.end()) : max(mention.start, cue.start())]
            distance = len(gap.split())
            if distance <= WORDS_NEAR and (best is None or distance < best[0]):
                best = (distance, mention.actor)
    return best[1] if best else None


def extract(view: DocumentView, source_id: str) -> list[Proposal]:
    reported: dict[tuple, Proposal] = {}
    last_unit: dict[int, tuple[str, str]] = {}
    for index, analysed in enumerate(view.sentences):
        text = analysed.text
        if text.isupper():
            continue
        found = figures.find(text, [(d.start, d.end) for d in analysed.dates])
        if not found:
            continue
        reporter = _reporter(analysed)
        coalition = next((m.coalition for m in analysed.coalitions if m.coalition), None)
        about = coalition or _referred_coalition(view, index, analysed)
        for figure in found:
            unit, noun, detail = figure.unit, figure.noun, figure.detail
            if not unit:
                # "So far only 308 have been brought home": the noun of the last figure counts these too.
                if analysed.sentence.paragraph not in last_unit:
                    continue
                unit, noun = last_unit[analysed.sentence.paragraph]
                detail = noun
            last_unit[analysed.sentence.paragraph] = (unit, noun)
            as_of = _as_of(view, analysed)
            if as_of is None:
                continue
            # Only the figure's own clause names its metric: a sentence may report several figures.
            clause = figures.context_of(text, figure, [f for f in found if f.start != figure.start])
            metrics = view.context.metrics
            metric = (
                (metrics.of_coalition(about, unit) if about else None)
                or metrics.resolve(unit, noun, clause)
                or metrics.propose(unit, detail, clause, source_id)
            )
            value = f"{figure.value:.0f}" if float(figure.value).is_integer() else f"{figure.value}"
            fields = {
                "metric": metric.metric,
                "value": value,
                "qualifier": figure.qualifier,
                "unit": unit,
                "as_of": as_of[0],
                "as_of_precision": as_of[1],
                "reported_by": reporter.actor_id if reporter else "",
                "subject_iso3": "",
                "coalition_id": coalition.coalition_id if coalition else "",
                "note": as_of[2],
            }
            refs = [metric, *([reporter] if reporter else []), *([coalition] if coalition else [])]
            key = (fields["value"], fields["qualifier"], unit)
            earlier = reported.get(key)
            if earlier is None:
                reported[key] = Proposal("statistics", fields, [text], refs)
                continue
            # The same figure again (a headline, then the text): one record, every sentence cited, with
            # the date a sentence gives and the curated metric a sentence finds.
            if text not in earlier.quotes:
                earlier.quotes.append(text)
            if earlier.fields["note"].startswith("As of") and not fields["note"].startswith("As of"):
                earlier.fields.update(as_of=fields["as_of"], as_of_precision=fields["as_of_precision"])
            if earlier.refs[0].new and not metric.new:
                earlier.fields["metric"] = metric.metric
                earlier.refs[0] = metric
    return list(reported.values())


def _referred_coalition(view: DocumentView, index: int, analysed):
    """The coalition that 'the group', 'the coalition' or 'the agreement' in this sentence refers to."""
    anaphors = [m for m in analysed.coalitions if m.anaphor]
    return view.coalition_for(index, anaphors[0].kinds) if anaphors else None


def _as_of(view: DocumentView, analysed) -> tuple[str, str, str] | None:
    dates = [d for d in analysed.dates if d.role == "asof"] or [
        d for d in analysed.dates if d.role == "plain"
    ]
    if dates:
        return dates[0].value, dates[0].precision, dates[0].note
    fallback = view.fallback_date()
    if fallback is None:
        return None
    value, precision, why = fallback
    return value, precision, f"As of {value}: {why}."
