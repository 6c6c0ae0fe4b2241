"""Teams, declarations, memoranda, groups, registers named in a sentence, resolved to coalitions.

A mention is a head noun ("team", "declaration", "register", ...) with its name around it. It
resolves to the curated coalition whose name shares most of its words and whose kind fits the
head noun; a bare "the team" or "the Memorandum" is an anaphor, resolved later from the
document's context. A named mention that resolves to nothing can be proposed as a new coalition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .words import content_stems, slug, stem

ANY = "any"
# Head noun -> the coalition kinds it can name.
HEADS: list[tuple[str, tuple[str, ...]]] = [
    (r"joint investigati(?:on|ve) teams?|investigati(?:on|ve) teams?|JITs?\b", ("joint investigation team",)),
    (r"memorand(?:um|a)(?: of understanding)?|MoUs?\b", ("memorandum",)),
    (r"declarations?", ("declaration",)),
    # 'signed this document': a text states sign, pointing back to the declaration or memorandum named.
    (r"documents?", ("declaration", "memorandum", "convention")),
    (
        r"(?:core|coordination|dialogue|advisory|contact|working) groups?",
        ("core group", "coordination group", "advisory group", "informal group"),
    ),
    (r"registers?|registry", ("register",)),
    (r"tribunals?", ("tribunal",)),
    (r"cent(?:re|er)s? for the prosecution|prosecution cent(?:re|er)s?|ICPA\b", ("prosecution centre",)),
    (r"referrals?", ("referral",)),
    (r"conferences?|summits?", ("declaration",)),
    (r"coalitions?|agreements?|conventions?|statutes?", (ANY,)),
    (r"teams?", ("joint investigation team",)),
    (r"groups?", ("core group", "coordination group", "advisory group", "informal group")),
    (r"cent(?:re|er)s?", ("prosecution centre",)),
]
_HEAD = re.compile(r"\b(?:" + "|".join(f"(?:{h})" for h, _ in HEADS) + r")", re.IGNORECASE)
_MODIFIER = re.compile(
    r"(?:(?:[A-Z][\w’'-]*|political|joint|international|special|founding|bilateral|multilateral|new|enlarged|"
    r"partial|initial|original|informal)(?:\s+(?:for|of|on|and|against|in))?\s+)+$"
)
_COMPLEMENT = re.compile(
    # A name's complement ends where a new clause starts: '... of the ICC but the country has', 'the
    # Statute on whose territory ...'.
    r"\s+(?:on|for|of|to|at|in|against|regarding|between)\s+(?!(?:whose|which|who|where|when)\b)"
    r"[^,;:.()“”\"]*?(?=[,;:.()“”\"]|\s+(?:which|who|whose|that|but|while|whereas|although|because|"
    r"and\s+(?:the\s+)?[a-z]+ed|was|were|is|are|has|have|will|with)\b|$)"
)
# What a group is for, right after its head noun: 'that supports the creation of', 'to create',
# 'pushing for the creation of', 'of states working on the establishment of'.
_PURPOSE = re.compile(
    r"(?:\s+of\s+(?:countries|states|nations))?(?:\s*\([^)]{1,30}\))?"  # 'coalition of states (Core Group)'
    r"\s+(?:(?:(?:that|which)\s+)?(?:supports?|seeks?|backs?|aims?\s+(?:at|to)|work(?:s|ing)?\s+(?:on|towards)|"
    r"push(?:es|ing)?\s+for|call(?:s|ing)?\s+for|striv(?:es|ing)\s+for|advocat(?:es|ing)\s+for)\s+"
    r"|for\s+|on\s+|to\s+)"
    r"(?:the\s+)?(?:creat(?:e|ion|ing)|establish(?:ment|ing)?|set(?:ting)?\s+up)(?:\s+of)?\s+(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)
_INNER_SHORT = re.compile(r"(?:\s+of\s+[A-Z][\w’'-]*)?\s*\([A-Z][A-Za-z]{1,7}\)(?=\s+(?:on|for|of|to)\s)")
_AGREEMENT = re.compile(r"agreements?|conventions?|statutes?", re.I)
# 'the conference "Justice for All"', 'the declaration, called "Justice for All"': the name a head noun is
# given in quotes.
_QUOTED_NAME = re.compile(r",?\s*(?:(?:called|named|titled|entitled|dubbed)\s+)?[“\"][^”\"]{3,80}[”\"]")
_ANAPHOR = re.compile(r"(?:\b(?:the|this|that|these|its|their)\s+)$", re.IGNORECASE)
# Words in many coalition names: sharing only these is no evidence of which coalition is meant.
GENERIC = frozenset(
    stem(w)
    for w in "memorandum understanding cooperation agreement declaration political joint group team "
    "register coalition international conference ukraine war crimes investigation".split()
)
# Capitalised words that do not make a name different: "Coordination Group" may be the Core Group.
NOT_DISTINCT = GENERIC | frozenset(
    stem(w) for w in "coordination core contact working dialogue advisory the".split()
)
DATE_WORDS = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
# "... on 3 March 2023" ends a mention's words but is no part of the coalition's name.
TRAILING_DATE = re.compile(
    r"\s+(?:on|in|at|since|from|by|until)\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|"
    r"Thu|Fri|Sat|Sun)[a-z]*\b|today|yesterday|last|this|next).*$"
)
DATE_STEMS = frozenset(
    stem(w)
    for w in "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday today yesterday".split()
)
MAX_WORDS = 16
# An unnamed coalition is the article's subject only when its name's own words are nearly all used
# and clearly more of them than of any other's.
SUBJECT_COVERAGE = 0.75
SUBJECT_MARGIN = 0.3
SUBJECT_REPEATS = 2


@dataclass(frozen=True)
class Coalition:
    coalition_id: str
    name: str
    short_name: str
    kind: str
    new: bool = False


@dataclass(frozen=True)
class CoalitionMention:
    start: int
    end: int
    text: str
    kinds: tuple[str, ...]
    coalition: Coalition | None  # None: an anaphor or an unresolved name
    anaphor: bool
    named: bool  # written as a proper name (capitalised head), so it could be proposed


def kinds_for(head: str) -> tuple[str, ...]:
    for pattern, kinds in HEADS:
        if re.fullmatch(pattern, head, flags=re.IGNORECASE):
            return kinds
    return (ANY,)


def fits(coalition: Coalition, kinds: tuple[str, ...]) -> bool:
    return ANY in kinds or coalition.kind in kinds


class CoalitionIndex:
    def __init__(self, curated: list[dict[str, str]]):
        self.coalitions = [
            Coalition(r["coalition_id"], r["name"], r.get("short_name", "") or r["name"], r["kind"])
            for r in curated
            if r.get("coalition_id")
        ]
        self._stems = {
            c.coalition_id: set(content_stems(f"{c.name} {c.short_name}")) for c in self.coalitions
        }
        self.proposed: dict[str, Coalition] = {}
        exact = {}
        for c in self.coalitions:
            for form in {c.name, c.short_name}:
                if len(form) >= 3:
                    exact[form] = c
        self._exact = exact
        alternation = "|".join(re.escape(f) for f in sorted(exact, key=len, reverse=True)) or r"(?!x)x"
        self._exact_pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])")

    def find(self, text: str) -> list[CoalitionMention]:
        """Coalition mentions in a sentence, resolved where the words allow."""
        mentions: list[CoalitionMention] = []
        for match in self._exact_pattern.finditer(text):
            coalition = self._exact[match.group(0)]
            mentions.append(
                CoalitionMention(
                    match.start(), match.end(), match.group(0), (coalition.kind,), coalition, False, True
                )
            )
        for match in _HEAD.finditer(text):
            if any(m.start <= match.start() < m.end for m in mentions):
                continue
            mentions.append(self._mention(text, match))
        mentions.sort(key=lambda m: m.start)
        return [self._described(text, m, mentions) for m in mentions]

    def _described(self, text: str, mention: CoalitionMention, mentions: list[CoalitionMention]):
        """'the coalition that supports the creation of the Special Tribunal', 'Group to Create Special
        Tribunal': a group named by its purpose is the one coalition whose name holds that purpose."""
        if mention.coalition and not mention.anaphor and mention.kinds == (mention.coalition.kind,):
            return mention
        head = _HEAD.search(text, mention.start, mention.end)
        if head and _AGREEMENT.fullmatch(head.group(0)):
            return mention  # 'the agreement on the establishment of the Tribunal' is the tribunal's, no group
        purpose = _PURPOSE.match(text, head.end()) if head else None
        if not purpose:
            return mention
        target = next((m.coalition for m in mentions if m.start >= purpose.end() - 1 and m.coalition), None)
        if target is None:
            return mention
        wanted = set(content_stems(target.short_name)) - {stem("Ukraine")}
        found = [
            c
            for c in self.coalitions
            if c != target
            and c.kind != target.kind
            and fits(c, mention.kinds)
            and wanted <= self._stems[c.coalition_id]
        ]
        if len(found) != 1:
            return mention
        return replace(mention, coalition=found[0], anaphor=False)

    def _mention(self, text: str, match: re.Match) -> CoalitionMention:
        head = match.group(0)
        kinds = kinds_for(head)
        before = _MODIFIER.search(text[: match.start()])
        start = before.start() if before else match.start()
        determiner = re.match(r"(?:The|This|That|These|Its|Their|A|An)\s+", text[start : match.start()])
        if determiner:
            start += determiner.end()
        modifiers = text[start : match.start()]
        # 'Group of Friends (GoF) of Accountability': a short form in brackets inside the name.
        inner = _INNER_SHORT.match(text, match.end())
        after = _COMPLEMENT.match(text, inner.end() if inner else match.end()) or _QUOTED_NAME.match(
            text, match.end()
        )
        end = after.end() if after else match.end()
        words = text[start:end].split()
        if len(words) > MAX_WORDS:
            end = start + len(" ".join(words[:MAX_WORDS]))
        phrase = text[start:end]
        named = head[0].isupper()
        title = _title_run(text, start, match.end()) if named else ""
        # "a memorandum" is some memorandum: it needs words that say which; "the JIT" does not.
        indefinite = bool(re.search(r"\b(?:an?|another)\s+$", text[:start], re.IGNORECASE)) or ANY in kinds
        coalition = self.resolve(phrase, kinds, text, title=title, need_evidence=indefinite)
        # "the team", "the Memorandum" point back; "the Dialogue Group on Accountability" names a group.
        proper_name = named and (" " in head or after is not None)
        anaphor = (
            coalition is None
            and not proper_name
            and not re.search(r"[A-Z]", modifiers)
            and bool(_ANAPHOR.search(text[:start]))
        )
        return CoalitionMention(start, end, phrase, kinds, coalition, anaphor, named)

    def resolve(
        self,
        phrase: str,
        kinds: tuple[str, ...],
        sentence: str = "",
        title: str = "",
        need_evidence: bool = True,
    ) -> Coalition | None:
        """The curated coalition this phrase names, or None when no coalition or several fit."""
        sentence_stems = set(content_stems(sentence))
        scored = []
        for coalition in self.coalitions:
            if not fits(coalition, kinds):
                continue
            names = self._stems[coalition.coalition_id]
            if _other_name(title, names):
                continue  # "International Center for Ukrainian Victory" is not the prosecution centre
            # The whole phrase first; the capitalised name alone only when the phrase says nothing.
            for candidate in filter(None, (phrase, title)):
                words = {w for w in content_stems(candidate) if not w.isdigit() and w not in DATE_STEMS}
                overlap = words & names
                if len(overlap) < 2 and candidate.strip() not in (coalition.short_name, coalition.name):
                    continue
                evidence = overlap - GENERIC or (sentence_stems & names) - GENERIC
                if need_evidence and not evidence and candidate.strip() != coalition.short_name:
                    continue
                score = len(overlap) / max(len(words), 1)
                if score >= 0.4:
                    scored.append((score, coalition))
                    break
        scored.sort(key=lambda s: -s[0])
        if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < 0.1):
            return None
        return scored[0][1]

    def by_subject(self, text: str, kinds: tuple[str, ...] = (ANY,)) -> Coalition | None:
        """The coalition an article is about without naming it ('the coalition' in a story on returning
        Ukrainian children): the one whose distinctive name words the text nearly all uses, when no other
        comes close, its words used more than once; None when unsure, to be settled on review."""
        counts: dict[str, int] = {}
        for word in content_stems(text):
            counts[word] = counts.get(word, 0) + 1
        used = {w for w, n in counts.items() if n >= SUBJECT_REPEATS}  # a subject is spoken of again
        scored = []
        for coalition in self.coalitions:
            own = self._stems[coalition.coalition_id] - GENERIC - DATE_STEMS
            if fits(coalition, kinds) and len(own) >= 2:
                scored.append((len(own & used) / len(own), coalition))
        scored.sort(key=lambda s: -s[0])
        if not scored or scored[0][0] < SUBJECT_COVERAGE:
            return None
        if len(scored) > 1 and scored[1][0] > scored[0][0] - SUBJECT_MARGIN:
            return None
        return scored[0][1]

    def propose(self, mention: CoalitionMention) -> Coalition:
        """A new coalition for a named mention that matches none; the same name, the same one."""
        name = re.sub(r"^(?:the|a|an)\s+", "", mention.text.strip(), flags=re.IGNORECASE)
        name = TRAILING_DATE.sub("", name)
        name = name[0].upper() + name[1:]
        key = name.casefold()
        if key not in self.proposed:
            acronym = re.search(r"\(([A-Z]{2,8})\)", name)
            short = acronym.group(1) if acronym else (name if len(name) <= 40 else name[:39] + "…")
            base = slug(acronym.group(1) if acronym else name)[:60].strip("-") or "coalition"
            taken = {c.coalition_id for c in self.coalitions} | {
                c.coalition_id for c in self.proposed.values()
            }
            coalition_id, n = base, 2
            while coalition_id in taken:
                coalition_id, n = f"{base}-{n}", n + 1
            kind = mention.kinds[0] if mention.kinds[0] != ANY else "declaration"
            self.proposed[key] = Coalition(coalition_id, name, short, kind, new=True)
        return self.proposed[key]


def distinct_name(name: str) -> bool:
    """Does a name say which coalition it is? 'a Joint Investigation Team' only says what kind it is,
    so the text around must tell which one, not a new coalition of that name."""
    return bool(
        {w for w in content_stems(name) if not w.isdigit()} - NOT_DISTINCT - DATE_STEMS - {stem("Ukraine")}
    )


def _other_name(title: str, names: set[str]) -> bool:
    """Does the capitalised name carry a word the coalition's name lacks (places and dates aside)?"""
    name_part = re.split(r"\s(?:in|at|on)\s", title)[0]
    for word in re.findall(r"\b[A-Z][\w’'-]+", name_part):
        if DATE_WORDS.match(word) or stem(word) in NOT_DISTINCT:
            continue
        if stem(word) not in names:
            return True
    return False


def _title_run(text: str, start: int, head_end: int) -> str:
    """The capitalised name around a head noun ('Memorandum of Understanding and Cooperation')."""
    run = re.match(r"(?:\s+(?:of|for|and|the|on|in|against|to|[A-Z][\w’'-]*))*", text[head_end:])
    words = text[start:head_end] + (run.group(0) if run else "")
    return re.sub(r"(?:\s+(?:of|for|and|the|on|in|against|to))+$", "", words)
