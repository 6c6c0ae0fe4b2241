"""Memberships: named states and organisations that join, sign, or are members or participants
of a named team, agreement, declaration, group or register. A list gives one record per member;
an actor named as not joining is no member; a bilateral agreement ("between A and B") is no coalition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import pycountry

from .actors import Actor, ActorMention, clean_name
from .coalitions import ANY, Coalition, distinct_name, fits
from .document import BLOCKING_BEFORE, DocumentView
from .member_clauses import COUNTED, antecedent, listed_after_count
from .proposals import Proposal
from .treaties import document_treaty, full_mention, in_force_date
from .when import DateMention

COALITION_FOR_REVIEW = "Which coalition the text means is left for review."
ROLE_NOUNS = {
    "member": "member",
    "participant": "participant",
    "signator": "signatory",
    "partner": "partner",
    "part": "member",
    "founding member": "founding member",
}
# 'on 25 March, 2022,' or 'on March 25, 2022, in Kyiv': a date may carry its year after a comma.
WHEN_WHERE = r"(?:,?\s+(?:on|in|at)\s+[^,;]{3,30}?(?:,\s+\d{4})?){0,2},?"
# Who co-chairs or leads a coalition is in it; chairing a meeting makes no member (see OBJECT_GAP).
CHAIRS = re.compile(r"\b(?:co-?chair(?:s|ed|ing)?|chair(?:s|ed)|co-?lead(?:s)?|led|leads)\b(?!\s+by\b)", re.I)
OBJECT_GAP = 12
MULTILATERAL = 3
# Who acts for the listed states: 'representatives of the Governments of A, B and C', 'prosecutors from A
# and B', 'the national judicial authorities of A and B' name A, B and C.
PEOPLE_OF = (
    r"(?:representatives|delegations|ministers|envoys|ambassadors|prosecutors|investigators|magistrates|"
    r"judges|experts|officials|authorities)"
)
INCLUDES = re.compile(
    # Who attends a meeting is no member: 'the attendees included delegates from the court'.
    r"(?<!attendees )(?<!guests )(?<!speakers )"
    r"\b(?:includes|include|included|comprises|comprise|comprised|comprising|consists of|brings together|"
    r"made up of)\b|(?<=\w), including\b",
    re.I,
)
# A body described by whose people it gathers: 'the centre, grouping prosecutors from A and B', 'it
# features investigators from A'.
GATHERS = re.compile(
    r"\b(?:groups|grouping|unites|uniting|gathers|gathering|features|featuring|bringing together)"
    r"(?=\s+(?:\w+\s+){0,2}" + PEOPLE_OF + r"\s+(?:of|from)\b)",
    re.I,
)
TAKES_PART = re.compile(r"\b(?:took|take|takes|taking) part in\b|\bparticipat(?:e|es|ed|ing) in\b", re.I)
# Taking part in a gathering or in a wrong makes no participant of a coalition: 'took part in the
# conference', 'participates in the deportation of children'.
NO_COALITION_OBJECT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:conference|event|meeting|summit|ceremony|session|debate|discussions?|talks|"
    r"deportations?|war|aggression|invasion|crimes?|hostilities|fighting|attacks?|abductions?)\b",
    re.I,
)
# Becoming a party: 'became the 125th State Party to', 'ratified', 'deposited its instrument of
# ratification of'.
PARTY = re.compile(
    r"\b(?:is|are|was|were|became|becomes|become|becoming|as)\s+(?:a |an |the )?(?:\w+\s+)?"
    r"(?:state|full)\s+part(?:y|ies)\s+(?:to|of)\b|\bratif(?:ied|ies|y|ying)\b|"
    r"\binstruments?\s+of\s+(?:ratification|accession)\b",
    re.I,
)
# 'referred by A and B', 'received referrals of the situation from the following states: A, B'.
REFERRED_BY = re.compile(
    r"\breferred" + WHEN_WHERE + r"\s+by\b|\breferrals?(?:\s+of\s+[^,;:]{3,60}?)?\s+from\b", re.I
)
# 'A referred the situation to the court'; 'the text refers to the invasion' only mentions it.
REFERS = re.compile(r"\b(?:referred|refers|refer)\b(?!\s+to\b)", re.I)
# 'set up by A and B', 'the setting up of the JIT by A', 'set up between A, B and C' (three or more: a
# bilateral agreement founds no coalition; one body setting something up creates its own organ).
SET_UP_BY = re.compile(
    r"\b(?:set(?:ting)? up|established|created|founded|formed)\b(?:\s+of\s+the\s+[A-Z][\w-]*)?"
    + WHEN_WHERE
    + r"\s+(?:by|(?P<between>between)|with)\b",
    re.I,
)
# 'the declaration was supported by 44 countries': counted states back a text (a body's support is help;
# 'supported by 91 countries, with 12 against' is a vote).
SUPPORTED_BY = re.compile(
    r"\b(?:supported|backed)\s+by(?=\s+(?:more than\s+|over\s+)?\d+\s+(?:states|countries)\b)"
    r"(?![^.]*\b(?:against|abstain\w*|in favou?r)\b)",
    re.I,
)
# Founders as the subject: 'A, B and C set up the team', 'A and B announce the creation of the group'
# (counted only with the coalition right after the verb).
FOUNDS = re.compile(
    r"\b(?:(?:co-?)?founded|established|set up|created|formed|launched|"
    r"announc(?:e|es|ed)\s+the\s+(?:creation|establishment|launch|formation|setting\s+up)\s+of)"
    r"(?!\s+(?:by|between|with|in|on)\b)",
    re.I,
)
# (pattern, role, side): side says where the members stand, before the cue or after it.
CUES: list[tuple[re.Pattern, str, str]] = [
    (
        re.compile(
            r"\b(?:(?:among\s+)?(?:its|their|the team's|the group's)|among\s+the)\s+(?:\w+\s+)?"
            r"(?P<noun>members|participants|signatories|partners)"
            r"\s+(?:are|were|include|included|now include|are now)\b",
            re.I,
        ),
        "",
        "after",
    ),
    # 'joining existing members A and B', 'members of the group are A and B' (not 'members ... are taking
    # part', which says what they do).
    (
        re.compile(
            r"\b(?:existing|current|fellow|original)\s+(?P<noun>members|participants|partners)\b"
            r"(?!\s+(?:of|in|to)\b)"
            r"|\b(?P<noun2>members|participants|partners|signatories)\s+of\s+(?:the|this|that)\s+"
            r"[^,;:.]{1,60}?"
            r"\s+(?:are|were|include|included)\b(?!\s+\w+ing\b)",
            re.I,
        ),
        "",
        "after",
    ),
    (INCLUDES, "member", "after"),
    (GATHERS, "participant", "after"),
    # 'signed by', 'signed on 16 May in Reykjavik by': a date or a place may stand before the signers.
    (re.compile(r"\b(?:signed|joined|endorsed|approved)" + WHEN_WHERE + r"\s+by\b", re.I), "", "after"),
    (REFERRED_BY, "referring state", "after"),
    (SUPPORTED_BY, "", "after"),
    (SET_UP_BY, "founding member", "after"),
    (re.compile(r"\bas did\b", re.I), "", "after"),
    (FOUNDS, "founding member", "before"),
    (
        re.compile(
            r"\b(?:is|are|was|were|became|become|becoming|remains?|as)\s+(?:a |an |the |its )?(?:\w+\s+)?"
            r"(?P<noun>member|participant|signatory|partner|part(?:y|ies)\b|part)s?(?:\s+(?:states?|countr(?:y|ies)))?"
            r"(?:\s+(?:of|in|to)\b)?",
            re.I,
        ),
        "",
        "before",
    ),
    (PARTY, "member", "before"),
    (CHAIRS, "member", "before"),
    (re.compile(r"['’]s\s+(?:participation|membership) in\b", re.I), "participant", "before"),
    (TAKES_PART, "participant", "before"),
    (
        re.compile(r"\b(?:joined|joins|join|joining|acceded to|accedes to|accede to)\b", re.I),
        "member",
        "before",
    ),
    (re.compile(r"\b(?:signed|signs|sign|signing|endorsed|approved|agreed)\b", re.I), "signatory", "before"),
    (REFERS, "referring state", "before"),
]
REFERRALS = (REFERRED_BY, REFERS)
IRREALIS = re.compile(
    r"\b(?:possibility of|possible|whether|may|might|could|would|invited to|considering|consider|plans? to|"
    r"intends? to|aims? to|discussed|negotiat\w*|seeks? to|hopes? to|expected to|to sign|to join|urged|"
    r"(?:is|are|was|were) (?:set|due|going|about|ready|yet) to|(?:is|are) to|wants? to|"
    r"would like to|(?:willing\w*|intention|readiness|desire|plans?|decision) to|"
    # What ought to, may or is allowed to happen: 'should be set up by', 'must sign', 'ready to sign',
    # 'authorised the minister to sign', 'committed to joining', 'a step towards joining'.
    r"should|must|needs? to|ought to|(?:ready|able|authori[sz]ed|mandated?|expects?|committed|agreed|"
    r"called on|calls? on|urges?|invit(?:es?|ing)|encourag\w+|inspir\w+)\s+(?:\w+\s+){0,3}?to|"
    r"towards?|(?:was|were) to)\s+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)
# 'if the Council refers the case', 'unless Russia signs': a condition, not a fact.
CONDITIONAL = re.compile(r"\b(?:if|unless)\b[^,;:.]*$", re.I)
# Verbs that say what was agreed or approved, often a plan or a text, not a coalition: 'agreed to
# extend', 'a treaty approved by the Assembly'. They count only with a coalition beside them.
WEAK = re.compile(r"(?:agreed|approved|endorsed)\b", re.I)
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
# Two-letter state codes listed in brackets: '(EE, LT, LV)'; EU texts write EL for Greece, UK for Britain.
CODE_LIST = re.compile(r"\(\s*([A-Z]{2}(?:\s*,\s*[A-Z]{2}){1,}(?:\s*,?\s*and\s+[A-Z]{2})?)\s*,?\s*\)")
EU_CODES = {"EL": "GR", "UK": "GB"}
# Who votes for, against or abstains on a resolution joins nothing by it.
VOTERS = re.compile(r"\b(?:vot(?:e|es|ed|ing)|abstain(?:s|ed|ing)?|abstentions?)\b", re.I)
GROUP_NOUN = re.compile(r"\b(?:states|countries|nations|members|governments|parties)\b", re.I)
# A cue word used as a noun: 'a sign that', 'the signing of', 'its joining'.
NOUN_USE = re.compile(r"\b(?:a|an|the|this|its|their|his|her)\s+$", re.I)
# A future joining or signing is a plan, not a membership ('Ukraine will sign an agreement'); taking part
# in a meeting the text announces is reported as its participation.
FUTURE = re.compile(r"\b(?:will|shall)\s+(?:\w+\s+){0,2}$", re.I)
# A cue in the past tense: 'joined', 'set up', 'became', 'were members'.
PAST = re.compile(r"(?:ed|set up|became|was|were)\b", re.I)
NEGATION = re.compile(
    r"\b(?:not|n't|never|no longer|neither|nor|declined|refused|left|withdrew|withdrawn|quit)\b", re.I
)
# 'The list does not include A', 'B has not yet joined', 'A and B, none of which are members': the cue
# itself denied.
DENIED = re.compile(r"\b(?:(?:not|n't|never|no longer)\s+(?:yet\s+)?(?:\w+\s+)?|none\s+of\s+\w+\s+)$", re.I)
# 'Russia signed the statute but later withdrew its signature': a joining undone in the same sentence.
UNDONE = re.compile(r"\bbut\s+(?:\w+\s+){0,2}(?:withdrew|withdrawn|revoked|renounced|left|quit)\b", re.I)
EXCLUSION = re.compile(
    r"\b(?:except|apart from|other than|excluding|with the exception of|but not|without)\b", re.I
)
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
BILATERAL = re.compile(r"\bbetween\b[^,;]*\band\b", re.I)
NAME_LIKE = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z(“\"][^\s]*|of|for|and|the|de|in|on|against))*")
# An 'and' inside an official title or a name: 'for Foreign Affairs and Security Policy'.
TITLE_AND = re.compile(
    r"\b(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*(?P<and>\s+and\s+)(?P<right>[A-Z])"
)
# 'the minister was joined by her colleague': a person's company, no joining.
ACCOMPANIED = re.compile(r"joined\s+by\b", re.I)
# A person or an office, not a party: a member only for the state or body the words name
# ('representatives of Peru' stand for Peru).
PERSON = re.compile(
    r"\b(?:[Mm]inisters?|[Pp]resident|[Pp]rime [Mm]inister|[Rr]epresentative|[Ss]ecretary|[Cc]ommissioner|"
    r"[Aa]mbassador|[Cc]hancellor|[Ee]nvoy|[Ss]pokes(?:person|man|woman)|[Jj]udge|[Hh]ead of|[Cc]hief|"
    r"[Dd]irector|[Cc]hair(?:man|woman|person)?|Mr|Mrs|Ms|Dr|[Pp]rosecutors? [Gg]eneral|"
    r"[Aa]ttorneys? [Gg]eneral|King|Queen|Prince|"
    r"[Dd]elegation|[Oo]fficials)s?\b(?!['’]s\s+Office)"
)
# 'signed by 34 member states of the Council of Europe out of 46:' - the list follows the colon.
COUNTED_LIST = re.compile(r"\s*(?:the following|all|\d+|[a-z]+(?:-[a-z]+)?)\b[^:;]*$", re.I)
# A count before the names it sums up: 'by 44 states, including A, B and C', '30 countries, namely A'.
COUNT_LEAD = re.compile(
    r"\s*(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+)?(?:states|countries|nations|members|governments)\s*,?\s*"
    r"(?:including|namely|such as|among them|among which)\s+",
)
# 'prosecutors from', 'but also from': the state that follows is the one they act for, not a place.
SPEAKS_FOR = re.compile(PEOPLE_OF + r"\s+(?:of|from)\s+(?:the\s+)?$|\balso\s+from\s+(?:the\s+)?$", re.I)
# A count of states a clause gives instead of their names: '44 countries', 'forty-three states'.
COUNT_NOUN = re.compile(
    r"\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+)?(?:states|countries|nations|governments)\b", re.I
)
# A sentence that opens with the list the one before announced.
LIST_OPENER = re.compile(
    r"\s*(?:among\s+(?:them|others|those|which)|they\s+(?:are|include)|these\s+(?:are|include))\b"
    r"(?:\s*[:,]?\s*(?:\w+\s+){0,2}?(?:listed|named|mentioned|cited|are|were|include[sd]?)\b)?\s*[:,]?",
    re.I,
)
# What the named states belong to, not a member: 'countries of the Council of Europe'.
MEMBERS_OF = re.compile(r"\b(?:countries|states|nations|governments)\s+of\s+(?:the\s+)?$", re.I)
# ...also with what they belong to between: 'representatives of the team from A'.
ACTING_FOR = re.compile(PEOPLE_OF + r"(?:\s+of\s+the\s+[^,;:]{1,60}?)?\s+from\s+(?:the\s+)?$", re.I)
LIST_LEAD = re.compile(
    r"\s*(?:the\s+)?(?:(?:representatives|delegations|ministers|envoys|ambassadors)\s+of\s+(?:the\s+)?)?"
    r"(?:governments?|states|countries)\s+of\s+(?:the\s+)?",
    re.I,
)
# ...where only known states and bodies count: 'investigators from the city police' names no party.
PEOPLE_LEAD = re.compile(
    r"\s*(?:the\s+)?(?:[a-z]+\s+){0,2}" + PEOPLE_OF + r"\s+(?:of|from)\s+(?:the\s+)?", re.I
)
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
# What links a name to its complement: 'Core Group on (the establishment of) a Special Tribunal'.
COMPLEMENT = re.compile(
    r"\s+(?:on|for|of|to)\s+(?:the\s+|a\s+|an\s+)?(?:establishment\s+of\s+(?:the\s+|a\s+|an\s+)?)?"
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
# A count of the listed that a colon then names: 'The following states signed it: A, B and C.', 'The
# following signed: A and B.'
LISTED_BEFORE = re.compile(
    r"\b(?:states|countries|nations|members|governments|signatories|participants|partners|parties|"
    r"the following)\b",
    re.I,
)
# A sentence that only continues the list of the sentence before: 'Also Belgium and Canada.',
# 'Finland and France did so as well.' (the actors and dates blanked out first).
CONTINUATION = re.compile(
    r"[\s,.;:()]*(?:(?:and|also|too|as well|the|did so|did the same|followed|suit|so did|likewise|plus|"
    r"in addition|later|then|were|was|joined|signed|endorsed|among them|others)\b[\s,.;:()]*)*",
    re.I,
)

# A state party to a treaty is its member, whatever the treaty's kind.
PARTY_ROLE = "member"
DEFAULT_ROLE = {"declaration": "signatory", "memorandum": "signatory", "referral": "referring state"}


def _role(cue_role: str, match: re.Match, coalition: Coalition | None, sentence: str) -> str:
    noun = (match.groupdict().get("noun") or match.groupdict().get("noun2") or "").lower().rstrip("s")
    role = cue_role or next((r for k, r in ROLE_NOUNS.items() if noun.startswith(k)), "member")
    if re.search(r"\bfounding\b|\bset up\b|\bfounded\b", sentence, re.I) and role in ("member", "signatory"):
        return "founding member"
    if role == "member" and coalition and coalition.kind in DEFAULT_ROLE and not noun:
        return DEFAULT_ROLE[coalition.kind]
    return role


def _clause_before(analysed, cue_start: int) -> int:
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


def _clause_after(text: str, cue_end: int) -> int:
    match = CLAUSE_END.search(text, cue_end)
    return match.start() if match else len(text)


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


def _members_after(
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
        undated = _blank(item, [(d.start - item_start, d.end - item_start) for d in dates])
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


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
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


def _members_before(analysed, start: int, cue_start: int) -> list[Member]:
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


def _followers(analysed, after: int) -> tuple[list[Member], int]:
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
        rest = _blank(
            text[begin : after + head.end("members")], [(m.start - begin, m.end - begin) for m in inside]
        )
        if inside and re.fullmatch(r"(?:\s|,|\band\b|\bthe\b)*", rest):
            return [Member(m.actor, m.start, m.end, date) for m in inside], after + head.start()
    return [], len(text)


@dataclass
class _Listed:
    """The last list of members read: a next sentence of the same paragraph may go on with it."""

    index: int
    coalition: Coalition | None
    role: str
    date: DateMention | None


def extract(view: DocumentView) -> list[Proposal]:
    proposals: list[Proposal] = []
    # Each member's record and whether the text dated it: a later sentence's date beats an earlier
    # 'recently signed' that fell back to the publication date.
    seen: dict[tuple[str, str, bool], tuple[Proposal, bool]] = {}
    listed: _Listed | None = None

    def add(
        analysed, coalition, member: Member, role: str, date: DateMention | None, party: bool = False
    ) -> None:
        if coalition and re.search(rf"(?:^|\bof the ){re.escape(member.actor.name)}$", coalition.name):
            return  # the court of 'the Statute of the Court' is not its own member
        # A treaty signed one year and ratified another: the signature and the party-ship are two records.
        key = (
            coalition.coalition_id if coalition else "",
            _party(view, member.actor).actor_id,
            party,
        )
        other = seen.get((*key[:2], not key[2]))
        if other and not (date and other[1] and other[0].fields["joined"][:4] != date.value[:4]):
            key = (*key[:2], not key[2])
        earlier = seen.get(key)
        if earlier and (earlier[1] or date is None):
            return
        proposal = _proposal(view, analysed, coalition, _party(view, member.actor), role, date)
        if earlier:
            proposals[proposals.index(earlier[0])] = proposal
        else:
            proposals.append(proposal)
        seen[key] = (proposal, date is not None)

    for index, analysed in enumerate(view.sentences):
        text = analysed.text
        if text.isupper():
            continue
        # 'an agreement between A and B' is no coalition; a joining elsewhere in the sentence may be.
        pairs = [] if re.search(r"\binclud", text, re.I) else [m.span() for m in BILATERAL.finditer(text)]
        undated = _blank(text, [(d.start, d.end) for d in analysed.dates])  # 'May 2024' is no 'may'
        found = False
        for pattern, cue_role, side in CUES:
            for match in pattern.finditer(text):
                if IRREALIS.search(undated[: match.start()]) or re.match(r"\s*forces\b", text[match.end() :]):
                    continue
                if CONDITIONAL.search(undated[: match.start()]):
                    continue
                if side == "before" and pattern is not PARTY and NOUN_USE.search(text[: match.start()]):
                    continue  # 'as a sign that', 'the signing of the convention': a noun, no one's act
                if match.groupdict().get("noun") in ("part", "Part") and not _coalition_beside(
                    analysed, match, side
                ):
                    continue  # 'part of a state policy', 'as part of mediation efforts'

                if (
                    FUTURE.search(undated[: match.start()])
                    and cue_role != "participant"
                    and not _decided(analysed, match)
                ):
                    continue
                if UNDONE.search(text, match.end()) or DENIED.search(undated[: match.start()]):
                    continue
                if any(re.fullmatch(r"\s+to\s+", text[m.end : match.start()]) for m in analysed.actors):
                    continue  # 'Chile to join the team', a headline's future: a plan
                if pattern in (CHAIRS, FOUNDS) and not _coalition_beside(analysed, match, side):
                    continue
                if WEAK.match(match.group(0)) and not _agreed_together(analysed, match, side):
                    continue
                if pattern is TAKES_PART and NO_COALITION_OBJECT.match(text, match.end()):
                    continue
                if pattern is INCLUDES and _actor_subject(analysed, match.start()):
                    continue
                if VOTERS.search(_subject(text, match.start())):
                    continue  # 'the states voting against included A and B': a vote, no joining
                if match.group(0).startswith(",") and (
                    not _coalition_beside(analysed, match, "after")
                    or NEGATION.search(_subject(text, match.start()))
                ):
                    continue  # 'the team, including A and B'; not 'delegates from 40 states, including A'

                if ACCOMPANIED.match(text, match.start()) and PERSON.search(_subject(text, match.start())):
                    continue
                members, coalition, clause = _cue_members(view, index, analysed, match, side)
                members = [m for m in members if not any(s <= m.start < e for s, e in pairs)]
                if not members and not found and _counted_only(analysed, match, side, clause):
                    # 'signed by 44 countries.' with the names in the next sentence ('Among them: A, B').
                    coalition = _coalition(view, index, analysed, match, side)
                    date = in_force_date(analysed) or _clause_date(analysed, clause, match.start(), [])
                    role = _role(cue_role, match, coalition, text)
                    # Who backs an unnamed text (a resolution put to the vote) joins nothing.
                    listed = (
                        _Listed(index, coalition, role, date)
                        if coalition or pattern is not SUPPORTED_BY
                        else None
                    )
                    continue
                if not members or any(match.end() <= s < clause[1] for s, _ in pairs):
                    continue
                if match.groupdict().get("between") and len(members) < MULTILATERAL:
                    continue
                if pattern in (FOUNDS, SET_UP_BY) and len(_parties(text, members)) < 2:
                    continue  # one body that sets something up creates its own organ, founds no coalition
                # Unsure which coalition: the membership is proposed with its coalition left for review.
                role = PARTY_ROLE if pattern is PARTY else _role(cue_role, match, coalition, text)
                date = None
                for member in members:
                    date = (
                        member.date
                        or in_force_date(analysed)
                        or _clause_date(analysed, clause, match.start(), members)
                    )
                    if PAST.search(match.group(0)) and not FUTURE.search(undated[: match.start()]):
                        date = _not_after(view, date)
                    add(analysed, coalition, member, role, date, pattern is PARTY)
                found, listed = True, _Listed(index, coalition, role, date)
        if not found and listed and _listed_next(view, listed, index):
            for mention in analysed.free_actors():
                if mention.start >= LIST_OPENER.match(text).end() and not re.match(
                    r"\s+member\s+(?:states|countries)\b", text[mention.end :]
                ):  # 'EU member states' are the states, not the union
                    member = Member(mention.actor, mention.start, mention.end)
                    add(analysed, listed.coalition, member, listed.role, listed.date)
            listed = None
        elif not found and listed and _goes_on(view, listed, index):
            own = analysed.dates[0] if analysed.dates else listed.date
            for mention in analysed.free_actors():
                add(
                    analysed,
                    listed.coalition,
                    Member(mention.actor, mention.start, mention.end),
                    listed.role,
                    own,
                )
            listed.index = index
    return proposals


def _counted_only(analysed, match: re.Match, side: str, clause: tuple[int, int]) -> bool:
    """Does the cue's clause count states without naming any: 'signed by 44 countries', 'Forty states
    joined the register'?"""
    span = (match.end(), clause[1]) if side == "after" else (clause[0], match.start())
    return bool(COUNT_NOUN.search(analysed.text, *span)) and not any(
        clause[0] <= m.start < clause[1] for m in analysed.actors
    )


def _listed_next(view: DocumentView, listed: _Listed, index: int) -> bool:
    """Does sentence `index` open with the list the sentence before announced: 'Among them: A and B.',
    'Among others, she named A and B.', 'They include A and B.'?"""
    analysed = view.sentences[index]
    before = view.sentences[listed.index]
    return (
        listed.index == index - 1
        and before.sentence.paragraph == analysed.sentence.paragraph
        and bool(LIST_OPENER.match(analysed.text))
        and not NEGATION.search(analysed.text)
    )


def _not_after(view: DocumentView, date: DateMention | None) -> DateMention | None:
    """A joining told in the past tense with a day or month that names no year ('on 25 March' on a page
    of 3 March) happened before the page: that day of the year before."""
    published = view.published
    if date is None or published is None or re.search(r"\b\d{4}\b", date.text) or date.precision == "year":
        return date
    if date.value[: len(published.value)] <= published.value:
        return date
    value = f"{int(date.value[:4]) - 1}{date.value[4:]}"
    return replace(date, value=value, note=f"“{date.text.strip()}” read as {value}: a joining told as past.")


def _parties(text: str, members: list[Member]) -> set[str]:
    """The distinct parties among members; 'Lithuania's prosecutors' is one party, not two."""
    return {m.actor.actor_id for m in members if not re.match(r"['’]s\b", text[m.end :])}


def _decided(analysed, match: re.Match) -> bool:
    """'A and B will become members of the team', said as the day's news with no date of its own: the
    joining is decided. 'A will join next year' or 'will sign' stays a plan."""
    if not re.match(r"(?:become|join)\b", match.group(0), re.I):
        return False
    clause = _clause_before(analysed, match.start()), _clause_after(analysed.text, match.end())
    return not any(clause[0] <= d.start < clause[1] for d in analysed.dates)


def _subject(text: str, cue: int) -> str:
    """The words of the clause before a cue: its subject and what stands beside it."""
    return re.split(r"[;:]|\.\s", text[:cue])[-1]


def _coalition_beside(analysed, match: re.Match, side: str) -> bool:
    """Does a coalition stand right on the verb's object side: 'co-chaired the coalition', 'the
    declaration approved by'? Chairing a meeting or approving a plan makes no member."""
    if side == "after":
        return any(
            0 <= match.start() - m.end <= OBJECT_GAP and (m.coalition or m.anaphor or m.named)
            for m in analysed.coalitions
        )
    return any(
        0 <= m.start - match.end() <= OBJECT_GAP
        # 'A, B and C established a joint working group': a founding names a coalition of any wording.
        and (m.coalition or m.anaphor or (m.named and match.re is not CHAIRS) or match.re is FOUNDS)
        and ("declaration" not in m.kinds or match.re is not CHAIRS)
        for m in analysed.coalitions
    )


def _agreed_together(analysed, match: re.Match, side: str) -> bool:
    """Does an 'agreed' or 'approved' make members: with a coalition beside it ('approved the
    declaration'), or agreed by many states together ('Forty countries agreed to work together');
    one state agreeing to do something joins nothing."""
    many = side == "before" and COUNTED.search(_subject(analysed.text, match.start()))
    return bool(many) or _coalition_beside(analysed, match, side)


def _actor_subject(analysed, at: int) -> bool:
    """Is what includes the list an actor, not a coalition: 'Eurojust, an agency that brings together
    authorities from A and B' says what Eurojust is made of."""
    named = [m for m in [*analysed.actors, *analysed.coalitions] if m.end <= at]
    return bool(named) and isinstance(max(named, key=lambda m: m.end), ActorMention)


def _goes_on(view: DocumentView, listed: _Listed, index: int) -> bool:
    """Does sentence `index` only go on with the list of the sentence before it, in the same paragraph?"""
    analysed = view.sentences[index]
    before = view.sentences[listed.index]
    actors = analysed.free_actors()
    if listed.index != index - 1 or before.sentence.paragraph != analysed.sentence.paragraph or not actors:
        return False
    rest = _blank(analysed.text, [(m.start, m.end) for m in [*actors, *analysed.dates]])
    return bool(CONTINUATION.fullmatch(rest)) and not NEGATION.search(analysed.text)


def _party(view: DocumentView, actor: Actor) -> Actor:
    """A state's government body takes part for its state: 'the US Department of State' -> the USA."""
    if actor.kind != "government body":
        return actor
    return view.context.actors.state_in(actor.name) or actor


def _cue_members(view: DocumentView, index: int, analysed, match: re.Match, side: str):
    """The members a cue names, its coalition, and the clause (start, end) whose date is theirs."""
    text = analysed.text
    end = _clause_after(text, match.end())
    followers: list[Member] = []
    if side == "after":
        start, first = match.start(), match.end()
        if text[end : end + 1] == ":" and COUNTED_LIST.match(text, match.end(), end):
            first, end = end + 1, _clause_after(text, end + 1)  # 'signed by 34 states: A, B, ...'
        if not text[first:].strip() and index + 1 < len(view.sentences):
            # 'The declaration was signed by' ends a line; the list of signatories is the next one.
            listed = view.sentences[index + 1]
            lead = LIST_LEAD.match(listed.text)
            members = _members_after(view, listed, lead.end() if lead else 0, _clause_after(listed.text, 0))
            coalition = _coalition(view, index, analysed, match, side) if members else None
            return members, coalition, (start, end)
        people = PEOPLE_LEAD.match(text, first, end)
        lead = COUNT_LEAD.match(text, first, end) or LIST_LEAD.match(text, first, end) or people
        members = _members_after(view, analysed, lead.end() if lead else first, end, known_only=bool(people))
    else:
        start = _clause_before(analysed, match.start())
        members = _members_before(analysed, start, match.start()) or [
            Member(m.actor, m.start, m.end) for m in antecedent(analysed, start)
        ]
        followers, follow_start = _followers(analysed, match.end())
        end = min(end, follow_start)
        if not members and not NEGATION.search(text[start:end]):
            members = _listed_later(view, analysed, (start, end), match)
    coded = _coded_members(view, analysed, start, end)
    members = coded or members
    if not members:
        return [], None, (start, end)
    coalition = _referral(view, index, match.re is REFERRED_BY) if match.re in REFERRALS else None
    coalition = coalition or _coalition(view, index, analysed, match, side)
    return members + followers, coalition, (start, end)


def _coded_members(view: DocumentView, analysed, start: int, end: int) -> list[Member]:
    """States a clause lists by their two-letter codes in brackets, as EU texts do after a group noun:
    'the member states that joined the team (EE, LT, PL)'. Every code must name a state."""
    text = analysed.text
    found = CODE_LIST.search(text, start, min(len(text), end + 1))
    if not found or not GROUP_NOUN.search(text, start, found.start()):
        return []
    states = {a.iso3: a for a in view.context.actors.forms.values() if a.iso3}
    members = []
    for code in re.finditer(r"[A-Z]{2}", found.group(1)):
        country = pycountry.countries.get(alpha_2=EU_CODES.get(code.group(0), code.group(0)))
        actor = states.get(country.alpha_3) if country else None
        if actor is None:
            return []
        members.append(Member(actor, found.start(1) + code.start(), found.start(1) + code.end()))
    return members


def _listed_later(view: DocumentView, analysed, clause: tuple[int, int], match: re.Match) -> list[Member]:
    """Members a counted subject names after the verb: 'The following states signed it: A and B',
    'Forty states joined the register, including A and B'."""
    text, (start, end) = analysed.text, clause
    if text[end : end + 1] == ":" and LISTED_BEFORE.search(text[start : match.start()]):
        return _members_after(view, analysed, end + 1, _clause_after(text, end + 1))
    named = listed_after_count(text, (start, match.start()), match.end())
    return [] if named is None else _members_after(view, analysed, named, _clause_after(text, named))


def _clause_date(analysed, clause: tuple[int, int], cue: int, members: list[Member]) -> DateMention | None:
    """The date of the cue's clause that no member claims as its own, nearest the cue; else, the
    sentence's date nearest the cue."""
    owned = {m.date for m in members if m.date}
    inside = [d for d in analysed.dates if clause[0] <= d.start < clause[1] and d not in owned]
    chosen = inside or [d for d in analysed.dates if d not in owned]
    return min(chosen, key=lambda d: abs(d.start - cue)) if chosen else None


def _coalition(view: DocumentView, index: int, analysed, match: re.Match, side: str) -> Coalition | None:
    """The cue's coalition: the nearest named here on its object side (after 'joined', before
    'signed by'), the head of a compound name ('the Special Tribunal Core Group' is a group); else
    referred to ('the team') and found around; else a new name written here, proposed; else the
    coalition of the sentences around; else the one the article's title names."""
    named = _heads([m for m in analysed.coalitions if m.coalition], analysed.text)
    if side == "before" and not any(m.start >= match.end() for m in named):
        # 'envoys of the team from A will join the work of the centre': the object, though only referred to.
        named = _object_anaphor(view, index, analysed, match) or named
    if named:
        if side == "after":
            near = [m for m in named if m.end <= match.start()] or named
            return min(near, key=lambda m: abs(match.start() - m.end)).coalition
        near = [m for m in named if m.start >= match.end()] or named
        return min(near, key=lambda m: abs(m.start - match.end())).coalition
    anaphors = [m for m in analysed.coalitions if m.anaphor]
    kinds = anaphors[0].kinds if anaphors else (ANY,)
    found = view.coalition_for(index, kinds) or view.title_coalition(kinds) if anaphors else None
    proposable = [m for m in analysed.coalitions if m.named and m.coalition is None and distinct_name(m.text)]
    if found or proposable:
        return found or view.context.coalitions.propose(full_mention(view, proposable[0]))
    if anaphors:
        # 'the group was joined by A': a word for the coalition the article is about, whatever its kind.
        return _treaty(view, kinds) or view.main_coalition()
    return (
        view.coalition_for(index, (ANY,))
        or view.title_coalition()
        or _treaty(view, (ANY,))
        or _only_of_kind(view, analysed)
    )


def _referral(view: DocumentView, index: int, from_states: bool) -> Coalition | None:
    """What states refer is a situation to the court, not the treaty or the court named beside it:
    the referral coalition of the sentence or around, else, for 'referrals from A and B', the one the
    tables hold (a chamber that 'referred the case' to an assembly makes no referral of states)."""
    kinds = ("referral",)
    found = view.coalition_for(index, kinds) or view.title_coalition(kinds)
    curated = [c for c in view.context.coalitions.coalitions if fits(c, kinds)]
    return found or (curated[0] if from_states and len(curated) == 1 else None)


def _object_anaphor(view: DocumentView, index: int, analysed, match: re.Match) -> list:
    """The coalition a 'the centre' a few words after a joining verb refers to ('join them in the work of
    the centre'), as a mention, or []."""
    for m in analysed.coalitions:
        if m.anaphor and re.fullmatch(r"[\w\s]{0,40}", analysed.text[match.end() : m.start]):
            found = view.coalition_for(index, m.kinds) or view.title_coalition(m.kinds)
            return [replace(m, coalition=found)] if found else []
    return []


def _only_of_kind(view: DocumentView, analysed) -> Coalition | None:
    """'a Joint Investigation Team for crimes in Ukraine' names its kind only: the one curated coalition
    of that kind, when the tables hold exactly one."""
    kinds = {k for m in analysed.coalitions if not m.coalition and ANY not in m.kinds for k in m.kinds}
    found = [c for c in view.context.coalitions.coalitions if c.kind in kinds]
    return found[0] if len(found) == 1 else None


def _treaty(view: DocumentView, kinds: tuple[str, ...]) -> Coalition | None:
    """The one uncurated coalition the document names, proposed, for a mention nothing else resolves."""
    found = document_treaty(view)
    if found is None or not (ANY in kinds or ANY in found.kinds or set(kinds) & set(found.kinds)):
        return None
    return view.context.coalitions.propose(found)


def _heads(mentions: list, text: str) -> list:
    """Mentions without those that only qualify the next or the previous one: in 'Special Tribunal
    Core Group' the first qualifies the second; in 'Core Group on a Special Tribunal' the second
    completes the first."""
    dropped = set()
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = text[a.end : b.start]
        if not between.strip():
            dropped.add(id(a))
        elif COMPLEMENT.fullmatch(between):
            dropped.add(id(b))
    return [m for m in mentions if id(m) not in dropped]


def _proposal(
    view: DocumentView,
    analysed,
    coalition: Coalition | None,
    actor: Actor,
    role: str,
    date: DateMention | None,
) -> Proposal:
    if date is not None:
        joined, precision, note = date.value, date.precision, date.note
    else:
        fallback = view.fallback_date()
        joined, precision, why = fallback if fallback else ("", "", "")
        note = f"Joined no later than {joined}: {why}." if fallback else ""
    if coalition is None:
        note = f"{note} {COALITION_FOR_REVIEW}".strip()
    fields = {
        "coalition_id": coalition.coalition_id if coalition else "",
        "actor_id": actor.actor_id,
        "role": role,
        "joined": joined,
        "joined_precision": precision,
        "note": note.strip(),
    }
    return Proposal("memberships", fields, [analysed.text], [*([coalition] if coalition else []), actor])
