"""Which curated metric a reported figure belongs to, or a new metric proposed for it.

A metric fits when its name's words are mostly found in the figure's sentence, at least one of
them beyond the unit itself, and its unit is the figure's (or nearly all its words are there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import FAMILIES
from .metric_words import implied
from .words import STOPWORDS, content_stems, slug, stem

CURRENCIES = ("USD", "EUR", "GBP", "UAH")
# Words that say money was pledged without the word "pledge".
PLEDGE_WORDS = frozenset(
    stem(w)
    for w in "pledge pledged announced allocated committed contributed donated "
    "provided funding grant granted support boosting boosted".split()
)

# 'got 308 children back home': returned, though no one word says so ('home' alone may be an orphanage).
BACK_HOME = re.compile(r"\b(?:back|returned)\s+home\b", re.I)

MEMBER_UNITS = frozenset({"countries", "members", "signatories"})
# The words of a coalition's count metric that say what is counted, not which coalition.
COUNT_WORDS = frozenset(
    stem(w) for w in "countries country states members member signatories participants participating".split()
)
# Who the counted are by nation: in nearly every sentence of these texts, so they set no count apart.
NATIONS = frozenset(stem(w) for w in "ukraine ukrainian ukrainians russia russian russians".split())
# Words a metric's name may use that set no count apart: 'referring the situation' is 'referring',
# 'convictions in the year' counts convictions (the year is its period).
GENERIC = frozenset({stem("situation"), stem("year")})

MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
PREFIX = 4  # words compared by their first letters: 'forced' meets 'forcibly'
# Verbs that only say a figure was reported: no metric is told apart by them.
REPORTED = frozenset(
    stem(w)
    for w in "registered recorded documented reported counted verified confirmed total running".split()
)
# Counted nouns that name who is counted more narrowly than their unit: a metric must speak of them.
NARROW_HEADS = frozenset(
    stem(w)
    for w in "prisoners soldiers suspects prosecutors investigators experts lawyers witnesses judges "
    "deportees refugees detainees civilians victims dead representatives officials".split()
)
BROAD_WORDS = (
    frozenset(
        stem(w)
        for w in [
            *FAMILIES,
            *"member total more other new criminal additional further such various committed perpetrated "
            "different separate official ukrainian ukraine russian russia war".split(),
        ]
    )
    - NARROW_HEADS
)
# Words that hedge a count without narrowing it: 'suspected war crimes' are war crimes, 'interested
# states' states.
HEDGES = frozenset("suspected alleged allegedly presumed possible interested".split())
# A metric of one calendar year needs the text to name a year as the period, not 'two years ago'.
IN_A_YEAR = re.compile(r"\bin the year\b", re.I)
A_YEAR_NAMED = re.compile(r"\b(?:in|during|for|this|last|over)\s+(?:the\s+)?(?:year\b|(?:19|20)\d\d\b)", re.I)
# 'War crimes registered' counts war crimes only: the word its name puts before 'crimes' must stand
# before 'crime' in the text too ('crimes against national security', 'crimes of the invasion' are others).
KIND_OF_CRIME = re.compile(r"\b([\w-]+)\s+crimes\b", re.I)
# The law's own words for war crimes: breaches of the laws and customs of war.
LAWS_OF_WAR = re.compile(r"\blaws\s+and\s+customs\s+of\s+war\b", re.I)
BREACHES = re.compile(r"(?:violations|breaches|crimes)\s+of\s+the\s+laws\b", re.I)
# After these a complement says where or how, not what is counted ('orphans in the occupied territories').
_WHERE = re.compile(r"\s(?:and|out of|in|from|with|at|on|to|by|for|who|which|that|since|during)\s.*$", re.S)


def specific_words(noun: str) -> list[str]:
    """The stems of what a figure counts beyond its unit, proper names aside: 'suspects of premeditated
    murder' -> suspect, premed, murder."""
    kept = _WHERE.sub("", f" {noun} ").strip()
    return [
        stem(w)
        for w in re.findall(r"[\w’'-]+", kept)
        if not w[:1].isupper()
        and w.lower() not in STOPWORDS | HEDGES
        and stem(w) not in BROAD_WORDS
        and not w.isdigit()
    ]


@dataclass(frozen=True)
class Metric:
    metric: str
    label: str
    unit: str
    description: str
    new: bool = False


def _key_words(metric: Metric) -> set[str]:
    """The stems of a metric's label that say what it counts: not its unit, names, dates or
    a period ('Vinnytsia', '2022', 'in the year'), which set no count apart."""
    words = re.findall(r"[\w’'-]+", metric.label)
    names = set(re.findall(r"\b[A-Z][\w’'-]*", metric.description))
    return {
        stem(w)
        for i, w in enumerate(words)
        if (i == 0 and not w.isupper() and w not in names or not w[:1].isupper())
        and w.isalpha()
        and w.lower() not in STOPWORDS | MONTHS
        and stem(w) not in BROAD_WORDS | COUNT_WORDS | REPORTED | {stem("year"), stem(metric.unit.lower())}
    }


def _same_kind_of_crime(metric: Metric, text: str) -> bool:
    kind = KIND_OF_CRIME.search(metric.label)
    text = LAWS_OF_WAR.sub("war crimes", text)
    return not kind or bool(re.search(rf"\b{re.escape(kind.group(1))}[\s-]+crimes?\b", text, re.I))


def unit_family(unit: str) -> str:
    return unit if unit in CURRENCIES else FAMILIES.get(unit.lower(), unit.lower())


class MetricIndex:
    def __init__(self, curated: list[dict[str, str]]):
        self.metrics = [
            Metric(r["metric"], r["label"], r["unit"], r.get("description", ""))
            for r in curated
            if r.get("metric")
        ]
        self._stems = {
            m.metric: set(content_stems(f"{m.metric.replace('_', ' ')} {re.sub(r'[()]', ' ', m.label)}"))
            for m in self.metrics
        }
        self.proposed: dict[str, Metric] = {}
        self._vocabulary: dict[str, set[str]] = {}
        # What each metric's name says beyond its unit: the action or the subject that sets it apart.
        self._keys = {m.metric: _key_words(m) for m in self.metrics}
        # The proper names in each metric's label ('Russia', 'ICC'), its first word only when in capitals.
        self._names = {
            m.metric: {
                stem(w)
                for i, w in enumerate(re.findall(r"[\w’'-]+", m.label))
                if w.isupper() or i and w[:1].isupper()
            }
            for m in self.metrics
        }

    def vocabulary(self, metric: Metric) -> set[str]:
        """Every word the metric's id, label and description use, as prefixes, with their synonyms."""
        if metric.metric not in self._vocabulary:
            stems = set(
                content_stems(f"{metric.metric.replace('_', ' ')} {metric.label} {metric.description}")
            )
            stems |= implied(stems)
            self._vocabulary[metric.metric] = {w[:PREFIX] for w in stems}
        return self._vocabulary[metric.metric]

    def foreign_words(self, metric: Metric, noun: str) -> set[str]:
        """The words of what a figure counts that the metric never speaks of: 'prisoners of war' are no
        civilians, 'suspects of premeditated murder' a narrower count than 'suspects notified'."""
        vocabulary = self.vocabulary(metric)
        return {
            w
            for w in specific_words(noun)
            if w[:PREFIX] not in vocabulary and not {m[:PREFIX] for m in implied([w])} & vocabulary
        }

    def of_coalition(self, coalition, unit: str) -> Metric | None:
        """The metric that counts a coalition's states or members ('Core Group countries'), for a count
        of states or members in a sentence about that coalition."""
        if unit_family(unit) not in MEMBER_UNITS:
            return None
        names = set(content_stems(f"{coalition.name} {coalition.short_name}"))
        found = [
            m
            for m in self.metrics
            if unit_family(m.unit) in MEMBER_UNITS
            and (own := self._stems[m.metric] - COUNT_WORDS)
            and own <= names
        ]
        return max(found, key=lambda m: len(self._stems[m.metric] - COUNT_WORDS)) if found else None

    def resolve(self, unit: str, noun: str, sentence: str) -> Metric | None:
        """The metric that best covers the sentence's words; None when no metric clearly does."""
        found = self.resolve_scored(unit, noun, sentence)
        return found[0] if found else None

    def resolve_scored(self, unit: str, noun: str, sentence: str) -> tuple[Metric, int] | None:
        """The best metric and how many of its name's words the sentence has (more is more specific)."""
        family = unit_family(unit)
        sentence = BACK_HOME.sub(" returned ", sentence)
        if LAWS_OF_WAR.search(sentence) and BREACHES.match(noun):
            noun = "war crimes"  # the law's own name for them
        unit_stems = set(content_stems(f"{family} {unit}"))
        words = set(content_stems(f"{noun} {sentence}")) | unit_stems
        words |= implied(words)
        if family in CURRENCIES and words & PLEDGE_WORDS:
            words.add(stem("pledge"))
        candidates: list[tuple[float, int, Metric]] = []
        for metric in self.metrics:
            names = self._stems[metric.metric]
            matched = names & words
            beyond_unit = matched - unit_stems - {stem(metric.unit.lower())}
            coverage = len(matched) / max(len(names), 1)
            # The words that say what is counted must be mostly there, not just 'coalition' of
            # 'Child-return coalition countries'; a coalition's count needs all of its name's words.
            own = names - unit_stems - COUNT_WORDS - GENERIC - {stem(metric.unit.lower())}
            needed = 1.0 if unit_family(metric.unit) in MEMBER_UNITS else 0.5
            if own and len(own & words) < needed * len(own):
                continue
            # 'Russia' of 'Children held by Russia' stands in most sentences: the name's other words decide.
            # Nor 'Ukrainians' of 'Ukrainians deported or detained': what was done to them must be said.
            said = own - self._names[metric.metric] - NATIONS
            if said and not said & words:
                continue
            # 'Children deported (cases)' counts children too: its name says what it counts.
            same_unit = unit_family(metric.unit) == family or stem(family) in names
            if (
                not beyond_unit
                or coverage < 0.5
                or (not same_unit and (coverage < 0.99 or len(beyond_unit) < 2))
            ):
                continue
            if family in CURRENCIES and not same_unit:
                continue
            if self.foreign_words(metric, noun):
                continue
            if IN_A_YEAR.search(metric.label) and not A_YEAR_NAMED.search(sentence):
                continue
            if not _same_kind_of_crime(metric, f"{noun} {sentence}"):
                continue
            candidates.append((coverage, len(matched), metric))
        candidates.sort(key=lambda c: c[:2], reverse=True)
        # Two metrics the words fit equally well: the figure's meaning is unclear, so none is chosen.
        if not candidates or len(candidates) > 1 and candidates[0][:2] == candidates[1][:2]:
            return None
        best = candidates[0][2]
        common = {stem(w) for w in re.findall(r"\b[a-z][\w’'-]*", f"{noun} {sentence}")}
        if self.rival_words(best, common | implied(common)):
            return None
        return best, candidates[0][1]

    def rival_words(self, metric: Metric, words: set[str]) -> set[str]:
        """The words of a figure's clause that set another metric apart and that this one never speaks
        of: suspects 'involved in deporting children' are no plain count of suspects, so a new metric
        is proposed rather than a wrong curated one."""
        vocabulary = self.vocabulary(metric)
        family = unit_family(metric.unit)
        return {
            w
            for other in self.metrics
            if other.metric != metric.metric and unit_family(other.unit) == family
            for w in self._keys[other.metric] & words
            if w[:PREFIX] not in vocabulary
        }

    def propose(self, unit: str, detail: str, sentence: str, source_id: str) -> Metric:
        """A new metric named after what the figure counts; the same words give the same metric."""
        if unit in CURRENCIES:
            pledged = set(content_stems(sentence)) & PLEDGE_WORDS
            words = f"{'pledge' if pledged else 'amount'} {unit}"
        else:
            words = detail or unit or "figure"
        metric_id = slug(" ".join(words.split()[:6]), sep="_") or "figure"
        taken = {m.metric for m in self.metrics}
        base, n = metric_id, 2
        while metric_id in taken:
            metric_id, n = f"{base}_{n}", n + 1
        if metric_id not in self.proposed:
            label = words[0].upper() + words[1:]
            self.proposed[metric_id] = Metric(
                metric_id,
                label,
                unit or "count",
                f"Proposed by ingest from {source_id}, for figures of “{words}”; not reviewed yet.",
                new=True,
            )
        return self.proposed[metric_id]
