"""Memberships: the members a cue's clause names: the items of a list ('A, B and the C'), the actors
before the verb, and those a later clause adds ('and Japan followed in May 2024'); not the places,
speakers, helpers, persons' titles or words of a quoted name the clause also holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .actors import Actor, clean_name
from .document import BLOCKING_BEFORE, DocumentView
from .joining_cues import PEOPLE_OF
from .not_joining import NEGATION
from .when import DateMention

# Who helps, hosts or frames a coalition is not its party, nor is the wrongdoer it answers.
HELPER_BEFORE = re.compile(
    r"\b(?:(?:with|under)\s+the\s+(?:support|help|assistance|backing|auspices|mediation|patronage)\s+of|"
    r"within\s+the\s+framework\s+of|(?:supported|backed|funded|financed|brokered|mediated|hosted|"
    r"caused|committed|inflicted|perpetrated|waged)\s+by)\b[^,;:()]{0,50}$",
    re.I,
)
HELPER_AFTER = re.compile(r"['’]s?\s+(?:support|help|assistance|backing|auspices|mediation|funding)\b", re.I)
# 'A's minister has said that': the actor is who speaks, not who joins.
SAID_THAT = re.compile(r"\b(?:said|says|stated|announced|noted|told\s+\w+|explained|stressed)\s+that\b", re.I)
EXCLUSION = re.compile(
    r"\b(?:except|apart from|other than|excluding|with the exception of|but not|without)\b", re.I
)
NAME_LIKE = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z(“\"][^\s]*|of|for|and|the|de|in|on|against))*")
# An 'and' inside an official title or a name: 'for Foreign Affairs and Security Policy'.
TITLE_AND = re.compile(
    r"\b(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*(?P<and>\s+and\s+)(?P<right>[A-Z])"
)
# A person or an office, not a party: a member only for the state or body the words name
# ('representatives of Peru' stand for Peru).
PERSON = re.compile(
    r"\b(?:[Mm]inisters?|[Pp]resident|[Pp]rime [Mm]inister|[Rr]epresentative|[Ss]ecretary|[Cc]ommissioner|"
    r"[Aa]mbassador|[Cc]hancellor|[Ee]nvoy|[Ss]pokes(?:person|man|woman)|[Jj]udge|[Hh]ead of|[Cc]hief|"
    r"[Dd]irector|[Cc]hair(?:man|woman|person)?|Mr|Mrs|Ms|Dr|[Pp]rosecutors? [Gg]eneral|"
    r"[Aa]ttorneys? [Gg]eneral|King|Queen|Prince|"
    r"[Dd]elegation|[Oo]fficials)s?\b(?!['’]s\s+Office)"
)
# 'prosecutors from', 'but also from': the state that follows is the one they act for, not a place.
SPEAKS_FOR = re.compile(PEOPLE_OF + r"\s+(?:of|from)\s+(?:the\s+)?$|\balso\s+from\s+(?:the\s+)?$", re.I)
# What the named states belong to, not a member: 'countries of the Council of Europe'.
MEMBERS_OF = re.compile(r"\b(?:countries|states|nations|governments)\s+of\s+(?:the\s+)?$", re.I)
# ...also with what they belong to between: 'representatives of the team from A'.
ACTING_FOR = re.compile(PEOPLE_OF + r"(?:\s+of\s+the\s+[^,;:]{1,60}?)?\s+from\s+(?:the\s+)?$", re.I)
# What may stand before a listed name: 'and the', 'but also from' (going on with 'prosecutors from A').
ITEM_LEAD = re.compile(r"\s*(?:and\s+|(?:but\s+)?also\s+)?(?:from\s+)?(?:the\s+)?", re.I)
# Words after a member that say where, when or with whose help, not who.
TRAILING = r"\s+(?:with|at|in|on|during|under|after|before|following|through|via|as part of)\s"
# ', Secretary General of the Council of Europe' after a person's name.
APPOSITIVE_TITLE = re.compile(r",\s*(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:" + PERSON.pattern + r")")
# '..., and Japan followed in May 2024', '... and Japan in May 2024': members with the verb elided.
FOLLOWER = re.compile(
    r"(?:,\s*|\s+)(?:and|while|then|followed by)\s+(?P<members>[^;:]*?)"
    r"(?:\s+(?:followed(?:\s+suit)?|did so|did the same|joined|signed|too|also|later))*\s*$"
)
# Where a story was filed, not who took part: 'KYIV, Ukraine —', 'Kyiv, Ukraine (Reuters) -'.
DATELINE_PLACE = re.compile(
    r"^\s*(?:[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)*(?:,\s*[^—–\-:\n]{1,40}?)?\s*(?:\([^)]{1,30}\)\s*)?"
    r"|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*,\s*[^—–\-:\n]{1,40}?\s*\([^)]{1,30}\)\s*)[—–-]+\s"
)
# 'in Kyiv, Ukraine', 'in The Hague (the Netherlands)': the state names where a city is.
CITY_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:,\s*|\s*\(\s*(?:[Tt]he\s+)?)$"
)
# Who speaks is not who joins: 'the State Department said that the United States joined'.
SPEAKS = re.compile(r"^\s*(?:has\s+|have\s+)?(?:said|says|announced|stated|reported|noted|added|confirmed)\b")


def _list_items(span: str, protected: list[tuple[int, int]] = ()) -> list[tuple[int, str]]:
    """Items of an enumeration, with their offsets: 'A, B and the C' -> A, B, the C. An 'and' inside a
    protected span (a state's name, an official title) does not split."""
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
        cuts = [
            m
            for m in re.finditer(r"\s+(?:and|&|as well as)\s+|^\s*(?:and|as well as)\s+", item)
            if not any(s <= offset + m.start() + 1 < e for s, e in protected)
        ]
        begin = 0
        for cut in [*cuts, None]:
            part = item[begin : cut.start() if cut else len(item)]
            if part.strip():
                out.append((offset + begin, part))
            begin = cut.end() if cut else len(item)
    return out


def _protected(analysed, start: int) -> list[tuple[int, int]]:
    """Spans, relative to `start`, where 'and' joins the words of one name: 'Bosnia and Herzegovina',
    'High Representative for Foreign Affairs and Security Policy' (unless a known name follows)."""
    spans = [(m.start - start, m.end - start) for m in analysed.actors]
    for match in TITLE_AND.finditer(analysed.text, start):
        if not any(m.start == match.end("right") for m in analysed.actors):
            spans.append((match.start("and") - start, match.end("and") - start))
    return spans


@dataclass(frozen=True)
class Member:
    actor: Actor
    start: int
    end: int
    date: DateMention | None = None  # a date that is this member's own: 'Peru (May 2023)'


def members_after(
    view: DocumentView, analysed, start: int, end: int, known_only: bool = False
) -> list[Member]:
    """The actors listed in text[start:end]: known names, or (unless `known_only`) new organisations
    written as names."""
    text = analysed.text
    members = []
    for offset, item in _list_items(text[start:end], _protected(analysed, start)):
        item_start = start + offset
        item = re.split(TRAILING, item)[0]  # 'Ukraine with Eurojust's support' names Ukraine
        cleaned = clean_name(re.sub(r"^\s*and\s+", "", item))
        if not cleaned or EXCLUSION.search(text[start:item_start]) or NEGATION.search(item):
            continue
        dates = [d for d in analysed.dates if item_start <= d.start < item_start + len(item)]
        undated = blank(item, [(d.start - item_start, d.end - item_start) for d in dates])
        actor = view.context.actors.whole(cleaned)
        inside = [m for m in analysed.actors if item_start <= m.start < item_start + len(item)]
        if actor is None and not inside and APPOSITIVE_TITLE.match(text, item_start + len(item), end):
            continue  # 'Alain Berset, Secretary General of the Council of Europe': the title names the party
        if actor is None and PERSON.search(item):
            actor = inside[0].actor if inside else None  # 'Peru's foreign minister Ana Reyes' -> Peru
        elif actor is None:
            lead = inside[0] if inside else None
            if (
                lead
                and ITEM_LEAD.fullmatch(text[item_start : lead.start])
                and not re.search(r"\s[A-Z]", undated[lead.end - item_start :])
            ):
                actor = lead.actor  # 'Poland (since 2022)'
            elif NAME_LIKE.fullmatch(cleaned) and len(cleaned) > 2 and not known_only:
                actor = view.context.actors.propose(cleaned)
        if actor is not None and inside and _helper(text, inside[0]):
            continue
        if (
            actor is not None
            and (not BLOCKING_BEFORE.search(text[:item_start] + " ") or SPEAKS_FOR.search(text[:item_start]))
            and not _is_place(analysed, item_start + len(item) - len(item.lstrip()))
        ):
            members.append(Member(actor, item_start, item_start + len(item), dates[0] if dates else None))
    return members


def blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        chars[max(s, 0) : max(e, 0)] = " " * (max(e, 0) - max(s, 0))
    return "".join(chars)


def _is_place(analysed, start: int) -> bool:
    """Does the actor at `start` name a place: a dateline's, or the country after a city (a state before
    the comma makes a list: 'from Chile, Peru')?"""
    text = analysed.text
    dateline = DATELINE_PLACE.match(text)
    if dateline and start < dateline.end():
        return True
    city = CITY_BEFORE.search(text[:start])
    if city is None:
        return False
    named_end = city.start() + len(city.group(0).rstrip(" ,(").removesuffix("the").rstrip(" ("))
    return not any(m.start < named_end <= m.end for m in analysed.actors)


def _helper(text: str, mention) -> bool:
    """Is the actor one that helps, hosts or frames the coalition, or the wrongdoer it answers, not
    a party: 'with the support of A', 'under the auspices of A', 'with A's support', 'caused by A'?"""
    return bool(HELPER_BEFORE.search(text[: mention.start]) or HELPER_AFTER.match(text, mention.end))


def _speaker(between: str) -> bool:
    """Does a reporting verb stand between an actor and the cue, the joining being what it said:
    'the Ukrainian minister has said that the countries taking part ...'? 'A announced that it joined'
    still makes A the one who joined."""
    said = SAID_THAT.search(between)
    return bool(said) and not re.match(r"\s*(?:it|they|its|their|we|our)\b", between[said.end() :], re.I)


def _quoted(text: str, at: int) -> bool:
    """Is `at` inside a short quoted name ('the "Justice for Ukraine" conference'), not a quoted statement?"""
    for quoted in re.finditer(r"[“\"]([^”\"]*)[”\"]", text):
        if quoted.start() < at < quoted.end():
            return len(quoted.group(1).split()) <= QUOTED_NAME_WORDS
    return False


QUOTED_NAME_WORDS = 8


def members_before(analysed, start: int, cue_start: int) -> list[Member]:
    text = analysed.text
    out = []
    free = analysed.free_actors()
    # 'Envoys (of the team) from A and B will join': the states they act for, not places.
    acting = [
        m
        for m in analysed.actors
        if m not in free
        and ACTING_FOR.search(text[start : m.start])
        and not any(c.start <= m.start < c.end for c in analysed.coalitions)
    ]
    for mention in sorted([*free, *acting], key=lambda m: m.start):
        if start <= mention.start and mention.end <= cue_start:
            clause = text[start:cue_start]
            if NEGATION.search(clause) or EXCLUSION.search(text[start : mention.start]):
                continue
            if _is_place(analysed, mention.start) or SPEAKS.match(text[mention.end : cue_start]):
                continue
            if MEMBERS_OF.search(text[: mention.start]):
                continue  # '41 countries of the Council of Europe signed': the body they belong to
                continue
            if _helper(text, mention) or _speaker(text[mention.end : cue_start]):
                continue
            if _quoted(text, mention.start):
                continue  # 'the "Justice for Ukraine" conference': a word of a name, not a party
            own = next(
                (
                    d
                    for d in analysed.dates
                    if d.start >= mention.end and re.fullmatch(r"\s*\(?\s*", text[mention.end : d.start])
                ),
                None,
            )
            out.append(Member(mention.actor, mention.start, mention.end, own))
    return out


def followers_after(analysed, after: int) -> tuple[list[Member], int]:
    """Members a later clause adds with their own date, the verb elided or 'followed':
    '..., and Japan followed in May 2024', '... and Japan in May 2024'. Also where they start."""
    text = analysed.text
    for date in analysed.dates:
        if date.start < after:
            continue
        head = FOLLOWER.search(text[after : date.start])
        if not head:
            continue
        begin = after + head.end("members") - len(head.group("members"))
        inside = [
            m for m in analysed.free_actors() if begin <= m.start and m.end <= after + head.end("members")
        ]
        rest = blank(
            text[begin : after + head.end("members")], [(m.start - begin, m.end - begin) for m in inside]
        )
        if inside and re.fullmatch(r"(?:\s|,|\band\b|\bthe\b)*", rest):
            return [Member(m.actor, m.start, m.end, date) for m in inside], after + head.start()
    return [], len(text)
