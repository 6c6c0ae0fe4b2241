"""One article analysed once: its sentences with the dates, actors and coalitions each names.

The extractors read this view; it also resolves what "the team" or "its participants" refers to
from the sentences around.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import sentences as sentence_splitter
from . import when
from .actors import ActorIndex, ActorMention
from .coalitions import ANY, Coalition, CoalitionIndex, CoalitionMention, fits
from .metrics import MetricIndex
from .read import dateline

# An actor right after one of these is a place or a target, not a party: "crimes in Ukraine".
BLOCKING_BEFORE = re.compile(
    r"(?:\b(?:in|against|into|to|from|over|about|towards|across|throughout|on|under)\s+(?:the\s+)?|"
    r"\b(?:those|leaders|heads|members|member states|citizens|people|territory|parts)"
    r" (?:in|of) (?:the\s+)?)$",
    re.IGNORECASE,
)
# Links to other stories inside an article: their headlines state nothing this article reports.
ELSEWHERE = re.compile(
    r"^\s*(?:read (?:also|more)|see also|related|more on this|recommended)\b\s*[:.-]?", re.I
)
LOOK_BACK = 5
LOOK_AHEAD = 2


@dataclass
class Context:
    """What names resolve against: the curated actors, coalitions and metrics."""

    actors: ActorIndex
    coalitions: CoalitionIndex
    metrics: MetricIndex

    @classmethod
    def from_tables(cls, tables: dict[str, list[dict[str, str]]]) -> Context:
        return cls(
            ActorIndex(tables.get("actors", [])),
            CoalitionIndex(tables.get("coalitions", [])),
            MetricIndex(tables.get("metrics", [])),
        )


@dataclass(frozen=True)
class Analysed:
    sentence: sentence_splitter.Sentence
    dates: list[when.DateMention]
    actors: list[ActorMention]
    coalitions: list[CoalitionMention]

    @property
    def text(self) -> str:
        return self.sentence.text

    def free_actors(self) -> list[ActorMention]:
        """Actors that are not part of a coalition's name and not a place or a target."""
        out = []
        for mention in self.actors:
            if any(c.start <= mention.start < c.end for c in self.coalitions):
                continue
            if BLOCKING_BEFORE.search(self.text[: mention.start]):
                continue
            out.append(mention)
        return out


def _within_another(mention: CoalitionMention, mentions: list[CoalitionMention]) -> bool:
    """Is the mention part of a longer one ('the Special Tribunal' of 'the coalition to create the Special
    Tribunal'), which names the coalition meant?"""
    return any(
        o is not mention and o.coalition and o.start <= mention.start < mention.end <= o.end for o in mentions
    )


def _plain(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


@dataclass
class DocumentView:
    body: str
    published: when.Published | None
    context: Context
    title: str = ""
    sentences: list[Analysed] = field(default_factory=list)

    def __post_init__(self) -> None:
        found = dateline(self.body)
        skip_to = found[1] if found else 0  # the dateline dates the article, not an event
        elsewhere = [m.span() for m in re.finditer(r"^.*$", self.body, re.M) if ELSEWHERE.match(m.group(0))]
        for sentence in sentence_splitter.split(self.body):
            if any(start <= sentence.start < end for start, end in elsewhere) or sentence.end <= skip_to:
                continue
            if sentence.start < skip_to:  # the words after a dateline ('LVIV, 9 May 2025 — A meeting ...')
                rest = self.body[skip_to : sentence.end]
                begin = skip_to + len(rest) - len(rest.lstrip())
                sentence = replace(sentence, start=begin, text=self.body[begin : sentence.end])
            text = sentence.text
            dates = when.find(text, self.published)
            self.sentences.append(
                Analysed(
                    sentence,
                    dates,
                    self.context.actors.find(text),
                    self.context.coalitions.find(text),
                )
            )

    def coalition_for(self, index: int, kinds: tuple[str, ...] = (ANY,)) -> Coalition | None:
        """The coalition sentence `index` is about: its own mention, else the nearest before, else after."""
        own = [
            m.coalition for m in self.sentences[index].coalitions if m.coalition and fits(m.coalition, kinds)
        ]
        if own:
            return own[0]
        order = list(range(index - 1, max(-1, index - 1 - LOOK_BACK), -1)) + list(
            range(index + 1, min(len(self.sentences), index + 1 + LOOK_AHEAD))
        )
        for other in order:
            mentions = self.sentences[other].coalitions
            found = [
                m.coalition
                for m in mentions
                if m.coalition and fits(m.coalition, kinds) and not _within_another(m, mentions)
            ]
            if found:
                return found[-1] if other < index else found[0]
        everywhere = {
            m.coalition.coalition_id: m.coalition for s in self.sentences for m in s.coalitions if m.coalition
        }
        candidates = [c for c in everywhere.values() if fits(c, kinds)]
        if candidates:
            return candidates[0] if len(candidates) == 1 else None
        subject = self.context.coalitions.by_subject(f"{self.title} {self.body}", kinds)
        # 'the group' in a text that names one coalition only, under another head ('the team'): that one.
        only = list(everywhere.values())
        if subject is None and len(only) == 1 and not only[0].new:
            return only[0]
        return subject

    def is_headline(self, index: int) -> bool:
        """Is sentence `index` the article's title repeated in its body?"""
        return bool(self.title) and _plain(self.sentences[index].text) == _plain(self.title)

    def title_coalition(self, kinds: tuple[str, ...] = (ANY,)) -> Coalition | None:
        """The curated coalition the article's title names, of those kinds, when it names one."""
        found = {
            m.coalition.coalition_id: m.coalition
            for m in self.context.coalitions.find(self.title)
            if m.coalition and not m.coalition.new and fits(m.coalition, kinds)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def main_coalition(self, wanted=lambda coalition: True) -> Coalition | None:
        """The coalition the article is about, of those `wanted`: the one it names or refers to most
        often ('the group'), the first named on a tie."""
        counts: dict[str, list] = {}
        for index, analysed in enumerate(self.sentences):
            for mention in analysed.coalitions:
                coalition = mention.coalition or (
                    self.coalition_for(index, mention.kinds) if mention.anaphor else None
                )
                if coalition and not coalition.new and wanted(coalition):
                    counts.setdefault(coalition.coalition_id, [0, coalition])[0] += 1
        ranked = sorted(counts.values(), key=lambda c: -c[0])
        return ranked[0][1] if ranked else None

    def fallback_date(self) -> tuple[str, str, str] | None:
        """A date for a record whose sentence gives none: the publication date, else the latest year named."""
        if self.published:
            return (
                self.published.value,
                self.published.precision,
                "no date in the sentence: the publication date",
            )
        years = [m.value[:4] for s in self.sentences for m in s.dates]
        if years:
            year = max(years)
            return (
                year,
                "year",
                "no date in the sentence and no publication date: the latest year the text names",
            )
        return None
