"""Statistics: each reported figure with what it counts, its qualifier, the date it refers to
(from its sentence, else the publication date) and who reported it when the sentence says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import figures, uncounted
from .document import DocumentView
from .figure_units import counted_unit, referred_unit, whole_membership
from .metric_words import concept_word
from .metrics import MEMBER_UNITS, specific_words, unit_family
from .proposals import Proposal
from .words import stem

# A count of part of another body: 'member states of the Council of Europe'.
SUBSET = re.compile(r"\bof\s+(?:the\s+)?[A-Z]")
# Verbs that report a figure, not what its count is of.
REPORTING_VERBS = frozenset(
    "committed reported recorded registered documented confirmed verified estimated counted listed "
    "identified named based located involved included hosted organised organized convened opened launched "
    "initiated".split()
)
# A count of states that only mean to join is no count of members.
INTENT = re.compile(
    r"\b(?:willing\w*|intend\w*|intention|plan\w*|expected|will|would|may|could|aim\w*)\b", re.I
)
# Words that say a count of states is a count of a coalition's members.
MEMBERSHIP_CUE = re.compile(
    r"\b(?:group|coalition|members?|join\w*|part|participa\w*|includ\w*|in total|signed|together)\b", re.I
)

# A figure of what may happen or is planned is no count of what happened: a new metric is proposed.
HYPOTHETICAL = re.compile(
    r"\b(?:at risk|in danger|under threat|threatened|(?:plans?|planned|planning|intends?|intended|aims?|"
    r"hopes?|going|agreed|agrees?) to|could|might|may (?:be|have|reach))\b",
    re.I,
)
# 'two more countries', 'another five states': an increment, not the running total a metric keeps.
INCREMENT = re.compile(r"\s+(?:more|new|additional|further|other)\b", re.I)
ADDED_BEFORE = re.compile(r"\b(?:another|a further|an additional|(?P<batch>group|batch) of)\s+$", re.I)
# Words that make a count a running total; without them, a count of a happening dated to one day
# ('On 13 May, 12 children were returned') or named as one ('the return of 12 children') is that
# happening's count, not the total a running-total metric keeps.
TOTAL_CUE = re.compile(
    r"\b(?:total|so far|to date|since|as of|already|in all|overall|altogether|until now|by now)\b", re.I
)
ONE_HAPPENING = re.compile(r"\b(?:return|release|rescue|evacuation)\s+(?:home\s+)?of\s+$", re.I)
# 'Ukraine returned eight children', 'we brought back the last three': someone did it once, in the
# simple past (a running total speaks in the perfect: 'has returned 600').
DONE_ONCE = re.compile(
    r"\b(?:returned|brought\s+back|rescued|repatriated|evacuated|released)\s+(?:home\s+)?"
    r"(?:the\s+(?:last|first)\s+)?$",
    re.I,
)
# '12 children were returned': the same, told in the passive.
DONE_ONCE_AFTER = re.compile(
    r"^\s+(?:[\w’'-]+\s+){0,3}?(?:were|was)\s+(?:\w+\s+)?"
    r"(?:returned|brought\s+back|rescued|repatriated|evacuated|released)\b",
    re.I,
)
PERFECT = re.compile(r"\b(?:have|has|had|having)\b", re.I)
# 'Five children have returned as part of the plan': the running total of returns has long been in the
# hundreds, so a handful brought back, with no word of a total, is one group's return.
RETURN_VERB = re.compile(r"\b(?:return\w*|brought\s+back|rescued|repatriated|evacuated|released)\b", re.I)
GROUP_SIZE = 50
# 'its 46 member states': the members of the body the sentence names, not of the article's coalition.
POSSESSED = re.compile(r"\b(?:its|their)\s+$", re.I)

ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|reported|reports|announced|announces|stated|states|estimated|estimates|told|"
    r"according to|data from|figures from|cited by)\b",
    re.I,
)
WORDS_NEAR = 8
# Page furniture: a market ticker ('Decreased By ▼ -0.03'), a listed post ending in its stamp ('...
# returned home 10.04.2023').
TICKER = re.compile(r"[▲▼△▽↑↓]|\b(?:Increased|Decreased) By\b")
POST_STAMP = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2})?\s*$")


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
    reported: dict[tuple, list[Proposal]] = {}
    last_unit: dict[int, tuple[str, str]] = {}
    for index, analysed in enumerate(view.sentences):
        text = analysed.text
        if text.isupper() or TICKER.search(text) or POST_STAMP.search(text):
            continue
        found = figures.find(text, [(d.start, d.end) for d in analysed.dates])
        if not found:
            continue
        reporter = _reporter(analysed)
        coalition = next((m.coalition for m in analysed.coalitions if m.coalition), None)
        about = coalition or _referred_coalition(view, index, analysed)
        for figure in found:
            if uncounted.a_threshold(text[: figure.start]):
                continue
            unit, noun, detail = figure.unit, figure.noun, figure.detail
            before, after = text[: figure.start], text[figure.end :]
            counted = counted_unit(unit, text, before, after)
            if counted != unit and whole_membership(before, after):
                unit = counted  # '46 members of the Council of Europe' are states, named as the text does
            elif counted != unit:
                # '34 leaders signed' counts states: the noun no longer says what is counted.
                unit = noun = detail = counted
            if not unit and VOTED.match(text, figure.end) and analysed.sentence.paragraph not in last_unit:
                # '101 in favour, 9 against' first in its paragraph: a vote's bare counts are of its voters.
                unit = noun = detail = counted_unit("votes", text, before, after)
            earlier = last_unit.get(analysed.sentence.paragraph, ("", ""))[0]
            if referred_unit(noun, before, earlier):
                unit = noun = detail = referred_unit(noun, before, earlier)  # 'such cases': of children
            if not unit:
                # "So far only 308 have been brought home": the noun of the last figure counts these too,
                # when a verb says what became of them ('Views 173' on a page counts nothing of it).
                if analysed.sentence.paragraph not in last_unit or not _told(text, figure):
                    continue
                unit, noun = last_unit[analysed.sentence.paragraph]
                detail = noun
            else:
                last_unit[analysed.sentence.paragraph] = (unit, noun)
            # Only the figure's own clause names its metric: a sentence may report several figures.
            clause = figures.context_of(text, figure, [f for f in found if f.start != figure.start])
            as_of = _as_of(view, analysed, clause)
            if as_of is None:
                continue
            if not figure.unit and _acted(clause, figure):
                # '400 suspects, 300 indicted and 66 convicted': the later ones are people the verb says.
                noun = detail = unit
            event = _one_happening(analysed, clause, figure)
            metric = _metric(view, about, figure, unit, noun, detail, clause, source_id, event, text)
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
            same = [f for f in reported.get(key, []) if _same_figure(view, f, index, metric)]
            if not same:
                reported.setdefault(key, []).append(
                    _Found(Proposal("statistics", fields, [text], refs), index)
                )
                continue
            _merge(view, same[0], index, text, fields, metric)
    return [f.proposal for found in reported.values() for f in found]


@dataclass
class _Found:
    """A figure's record and the sentence its metric came from."""

    proposal: Proposal
    index: int


def _same_figure(view: DocumentView, earlier: _Found, index: int, metric) -> bool:
    """Is this the figure an earlier sentence gave? The same value again is the same figure unless two
    body sentences give it two meanings, one of them a new one (386 children returned, 386 adopted)."""
    known = earlier.proposal.refs[0]
    if known == metric or view.is_headline(earlier.index) or view.is_headline(index):
        return True
    if not (known.new or metric.new):
        return True  # two curated metrics for one figure: the words of one sentence fit both
    return not _meaningful(known) or not _meaningful(metric)


def _meaningful(metric) -> bool:
    """A curated metric, or a proposed one named by more than its unit."""
    return not metric.new or bool(set(specific_words(metric.label.lower())) - {stem(metric.unit.lower())})


def _merge(view: DocumentView, earlier: _Found, index: int, text: str, fields: dict, metric) -> None:
    """The same figure again (a headline, then the text): one record, every sentence cited, with the
    date a sentence gives and a curated metric a sentence finds, the body's over the headline's."""
    proposal = earlier.proposal
    if text not in proposal.quotes:
        proposal.quotes.append(text)
    if proposal.fields["note"].startswith("As of") and not fields["note"].startswith("As of"):
        proposal.fields.update(as_of=fields["as_of"], as_of_precision=fields["as_of_precision"])
    if not metric.new and (proposal.refs[0].new or view.is_headline(earlier.index)):
        proposal.fields["metric"] = metric.metric
        proposal.refs[0] = metric
        earlier.index = index


def _metric(
    view: DocumentView,
    about,
    figure,
    unit: str,
    noun: str,
    detail: str,
    clause: str,
    source_id: str,
    event: bool = False,
    sentence: str = "",
):
    """The count of the coalition the sentence names or refers to, else the curated metric the figure's
    words fit, else the count of the coalition the article is about, else a new metric named after what
    the figure counts. A metric never stands for words it does not speak of ('associated members',
    'children adopted')."""
    metrics = view.context.metrics
    verb = _acted(clause, figure)
    meaning = f"{noun} {verb}"
    named = detail if specific_words(detail) else (f"{unit} {verb}" if verb else detail)
    before = clause[: max(clause.find(figure.text), 0)]
    owned = POSSESSED.search(before) and not (about and about.short_name in before)
    uncurated = uncounted.no_curated_count(clause, figure.text, sentence)
    if _not_a_total(clause, figure, unit) or owned or uncurated:
        return metrics.propose(unit, named, clause, source_id)
    subset = SUBSET.search(noun)  # '34 member states of the Council of Europe' count part of another body
    counted = about and not subset and metrics.of_coalition(about, unit)
    if counted and not metrics.foreign_words(counted, noun):
        return counted
    at = clause.find(figure.text)
    if at >= 0 and whole_membership(clause[:at], clause[at + len(figure.text) :]):
        return metrics.propose(unit, named, clause, source_id)  # a body's size, no count of joining
    found = metrics.resolve(unit, meaning, clause)
    if found and not (event and found.description.startswith("Running total")):
        return found
    if found:
        return metrics.propose(unit, named, clause, source_id)
    # "it was 29": a count of what the text was counting; "74 - abstained", "12 against" say what they count.
    elided = (
        not figure.unit and not verb and not VOTED.match(clause, clause.find(figure.text) + len(figure.text))
    )
    around = clause.replace(noun, " ") if noun else clause  # 'member states' is the count, no cue
    if not subset and (elided or MEMBERSHIP_CUE.search(around)) and not INTENT.search(clause):
        main = view.main_coalition()  # the article's own, even when it keeps no count of its states
        counted = main and metrics.of_coalition(main, unit)
        if counted and not metrics.foreign_words(counted, noun):
            return counted
    return metrics.propose(unit, named, clause, source_id)


def _not_a_total(clause: str, figure, unit: str) -> bool:
    """Does the figure count what may happen, or only what was added ('two more states joined', 'a group
    of 12 children')? 'A group of 50 states' met: all of them, no batch."""
    at = clause.find(figure.text)
    if at < 0:
        return False
    own = re.split(r"\s(?:and|but|while|whereas)\s", clause[at + len(figure.text) :])[0]
    batch = ADDED_BEFORE.search(clause[:at])
    if batch and batch.group("batch") and unit_family(unit) in MEMBER_UNITS:
        batch = None
    added = INCREMENT.match(clause, at + len(figure.text)) or batch
    return bool(added or HYPOTHETICAL.search(clause[:at] + own))


def _one_happening(analysed, clause: str, figure) -> bool:
    """Is the figure the count of one happening: named as one, or dated to a day with no word of a
    total and no perfect tense ('have been returned' sums up)?"""
    at = clause.find(figure.text)
    if at < 0 or TOTAL_CUE.search(analysed.text):
        return False
    if figure.value < GROUP_SIZE and RETURN_VERB.search(clause):
        return True
    if PERFECT.search(clause):
        return False
    dated = any(d.precision == "day" and d.role == "plain" for d in analysed.dates)
    once = DONE_ONCE.search(clause[:at]) or DONE_ONCE_AFTER.match(clause[at + len(figure.text) :])
    return bool(ONE_HAPPENING.search(clause[:at]) or once or dated)


# Participles not in -ed that say what became of a counted noun left out ('5,000 - found').
IRREGULAR_PARTICIPLES = "found|taken|brought|held|sent|kept|lost|missing"
# A vote gives its counts bare: '90 states in favour and 10 against'.
VOTE_SIDE = r"against|in\s+favou?r|abstain\w*|opposed"
# A tally may set each count against its word with a dash: '300 children - missing, 7,000 - deported'.
ELIDED_AFTER = re.compile(
    r"(?:\s+[-–—])?\s+(?:\w+\s+)?(?:have|has|had|having|were|was|are|is|of|more|[a-z]+ed|"
    rf"{VOTE_SIDE}|{IRREGULAR_PARTICIPLES})\b"
)
VOTED = re.compile(rf"(?:\s+[-–—])?\s+(?:{VOTE_SIDE})\b")
ELIDED_BEFORE = re.compile(r"\b(?:is|was|are|were|reached|reaches|totals?|totalled|to|at)\s+$")


def _told(text: str, figure) -> bool:
    """Does a verb go with a figure whose noun is left out ('308 have been returned', 'it was 29')?"""
    return bool(ELIDED_AFTER.match(text, figure.end) or ELIDED_BEFORE.search(text[: figure.start]))


def _acted(clause: str, figure) -> str:
    """What was done to the counted: 'adopted 386 children', '386 children were adopted' -> 'adopted'
    (verbs that only report, like 'recorded' or 'committed', say nothing of what is counted)."""
    at = clause.find(figure.text)
    if at < 0:
        return ""
    after = re.search(
        rf"^(?:\s+[-–—])?\s+([a-z]+ed|{IRREGULAR_PARTICIPLES})\b|"
        r"^[^,;]*?\b(?:have|has|had|having|were|was|are|is)\s+(?:already\s+|been\s+|now\s+|also\s+)*([a-z]+ed)\b",
        re.split(r"\s(?:and|but|while|whereas)\s", clause[at + len(figure.text) :])[0],
    )
    before = re.search(r"\b([a-z]+ed)\s+(?!to\b)(?:[\w-]+\s+){0,2}$", clause[:at])  # not 'managed to get'
    # '35 countries signed the charter': the verb right after the counted noun says what they did, when
    # it is one a metric speaks of ('45 countries pledged' says nothing a count of members does not).
    subject = figure.noun and re.match(
        rf"\s+{re.escape(figure.noun)}\s+([a-z]+ed|{IRREGULAR_PARTICIPLES})\b",
        clause[at + len(figure.text) :],
    )
    if subject and not concept_word(subject.group(1)):
        subject = None
    found = after or before or subject
    verb = next((g for g in found.groups() if g), "") if found else ""
    return "" if verb in REPORTING_VERBS else verb


def _referred_coalition(view: DocumentView, index: int, analysed):
    """The coalition that 'the group', 'the coalition' or 'the agreement' in this sentence refers to."""
    anaphors = [m for m in analysed.coalitions if m.anaphor]
    return view.coalition_for(index, anaphors[0].kinds) if anaphors else None


# A date inside 'since ...' starts the period counted ('since the invasion on 24 February 2022').
SINCE_PHRASE = re.compile(r"\bsince\b[^,;]*$", re.I)
# 'so far', 'already': the count stands as of the telling, not as of a date another clause gives
# ('set up on 12 May 2023, with 43 states joining so far').
UNTIL_NOW = re.compile(r"\b(?:so far|to date|already|until now|by now|currently)\b", re.I)


def _as_of(view: DocumentView, analysed, clause: str = "") -> tuple[str, str, str] | None:
    """The date a figure stands at: one the sentence gives 'as of', else a plain one that neither
    starts a 'since' period nor lies outside the clause of a figure told as standing now."""
    text = analysed.text
    at = text.find(clause) if clause else -1
    now = at >= 0 and UNTIL_NOW.search(clause)
    plain = [
        d
        for d in analysed.dates
        if d.role == "plain"
        and not SINCE_PHRASE.search(text[: d.start])
        and not (now and not at <= d.start < at + len(clause))
    ]
    dates = [d for d in analysed.dates if d.role == "asof"] or plain
    if dates:
        return dates[0].value, dates[0].precision, dates[0].note
    fallback = view.fallback_date()
    if fallback is None:
        return None
    value, precision, why = fallback
    return value, precision, f"As of {value}: {why}."
