"""Events: dated sentences where something happens (signed, launched, joined, issued a warrant,
opened, met, struck). One event per date a sentence names, titled from the clause that says what
happened; sentences of one article that give the same date and kind of event are one event.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..dates import parse_partial, period_end
from .document import DocumentView
from .periods import bounds_a_period
from .proposals import Proposal
from .when import ANCHORED, FUTURE, anchored
from .words import content_stems

# Most specific first: a sentence about a warrant signed at a meeting is about the warrant.
CUES: list[tuple[str, re.Pattern]] = [
    (category, re.compile(pattern, re.I))
    for category, pattern in [
        ("warrant", r"\bwarrants?\b"),
        ("referral", r"\breferr(?:ed|al|als)\b"),
        ("ratification", r"\bratif\w+|\bdeposited\b"),
        # A court's verdict or sentence in a war-crimes case.
        ("judgment", r"\b(?:sentenced|convicted|found (?:him |her |them )?guilty|acquitted|verdict|ruled)\b"),
        (
            "withdrawal",
            r"\b(?:left|withdr[ae]w\w*|exit(?:ed|s)?|pulled out|ended (?:its|their) participation)\b",
        ),
        (
            "accession",
            r"\b(?:joined|joins|(?:decided|voted|agreed) to join|acceded|accession|"
            r"(?:became|(?:has|have|had) (?:\w+ )?become) "
            r"(?:a |an |its |the )?(?:\w+ )?(?:members?|participants?|party|parties))\b",
        ),
        ("entry into force", r"\b(?:came|come|comes|entered|enters|enter) into force\b"),
        (
            "investigation",
            r"\b(?:(?:opened|launched|commenced|began|started|initiated) (?:an |its |a )?(?:\w+ )?"
            r"investigation|investigation (?:was )?(?:opened|launched))\b",
        ),
        (
            "agreement",
            r"\b(?:signed|signs|signing|agreed|agreement|memorandum|approved|approving|adopted|adopts|adoption|"
            r"concluded|endorsed|declaration)\b",
        ),
        (
            "institution launched",
            r"\b(?:launched|launch|launches|opened|opens|opening|established|set up|created|formed|founded|"
            r"(?:began|started) (?:accepting|receiving)|"
            r"(?:began|started|commenced|begins|starts) (?:its |their )?(?:work|operations?|operating)|"
            r"began operating|operational|inaugurated|operating|opened for)\b",
        ),
        # Children brought back from occupation or deportation: the news of many articles.
        # and people handed from one state to another (a prisoner handed over for trial).
        ("return", r"\b(?:returned|brought (?:back|home)|repatriated|handed (?:\w+ )?over|extradited)\b"),
        ("attack", r"\b(?:struck|strike|strikes|attack(?:ed|s)?|shelled|shelling|bombed|bombing)\b"),
        ("pledge", r"\b(?:pledged|pledge|pledges|donated|contributed|allocated)\b"),
        (
            "meeting or conference",
            r"\b(?:met|meet|meets|meeting|conference|summit|talks|gather|gathered|gathering|convene|"
            r"convened|session|hosted|co-hosted|ceremony)\b",
        ),
        ("visit", r"\b(?:visited|visit|visits|arrived|arrives|travelled|traveled|trip)\b"),
        ("report", r"\b(?:report|reports|reported|published|publishes)\b"),
        ("statement", r"\b(?:said|says|declared|stated|statement|announced|called|vetoed)\b"),
    ]
]
PRIORITY = {category: rank for rank, (category, _) in enumerate(CUES)}
SEGMENT = re.compile(r"[,;:][”’\"']?\s+|\s[—–]\s")
LIST_COMMA = re.compile(r"\b[A-Z][\w’'-]*,\s+[A-Z]")
DAY_COMMA_YEAR = re.compile(r"\d,\s+(?:19|20)\d\d\b")
ADVERBIAL = re.compile(
    r"^(?:(?:and|but)\s+)?(?:in|on|at|since|during|after|before|by|from|also|earlier|later|initially|currently|meanwhile|however|"
    r"additionally|moreover|furthermore|it is worth noting that|notably|so far|until|as of|according to|"
    r"the (?:same|next|following|previous) day|the day before|"
    r"(?:a|one|two|three) (?:days?|weeks?) (?:earlier|later))\b",
    re.I,
)
FILLER = re.compile(
    r"^(?:(?:also|and|but|so|initially|additionally|moreover|meanwhile|however|notably|"
    r"it is worth noting that|in addition)[\s,]+)+",
    re.I,
)
CONNECTORS = r"(?:of|for|the|and|in|on|against)"
FOLLOWED = re.compile(r"(?:and\s+)?(?:later\s+|then\s+)?followed\s+by\s+", re.I)
MAX_TITLE_WORDS = 30
MIN_TITLE_WORDS = 4
LIST_REACH = 3
NOUN_PHRASE = re.compile(r"(?:and\s+)?(?:the\s+|[A-Z])")
# The opening sentences, where an article gives the news it reports; and the kinds of news that are events.
LEAD_SENTENCES = 3
FURNITURE_WORDS = 4
# News reports what happened in the days before the page: a dated event this close is the lead's news.
RECENT_DAYS = 7
NEAR_SENTENCES = 2
LEAD_CATEGORIES = frozenset(
    ["warrant", "referral", "ratification", "withdrawal", "accession", "investigation", "agreement"]
    + ["institution launched", "return", "judgment"]
)

# A clause that stops at what someone said ("Kallas announced that today, 20 October,"): what was said
# comes in the clause after it.
SAYS_THAT = re.compile(r"\b(?:said|says|announced|stated|noted|reported|confirmed)\s+that[\s,]*$", re.I)
# A clause that only says who told what the clauses before it say.
ATTRIBUTION = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w’'.-]*\s+){1,6}(?:said|says|announced|told|stated|added|reported|wrote)\b"
)
# A page's time stamp, not a happening: 'Published 15 December 2025', 'Updated: March 3, 2024'.
STAMP = re.compile(r"\b(?:Published|Updated|Posted|Last updated|Modified)(?:\s+on)?\s*:?\s*$")
PRONOUN = re.compile(r"(?:it|they|he|she|we)\b", re.I)
# "that" after a verb of saying ("announced that it has joined") opens the news itself.
RELATIVE = re.compile(r"\b(?:who|which|(?<!ed )(?<!said )(?<!says )that)\s+(?:\w+\s+){0,3}$", re.I)


def _segments(text: str) -> list[tuple[int, int]]:
    """Clause spans; a comma between two capitalised names ("Estonia, Latvia and") is a list, no boundary."""
    bounds, start = [], 0
    for match in SEGMENT.finditer(text):
        if match.group(0).startswith(",") and LIST_COMMA.match(text, _word_start(text, match.start())):
            continue
        if match.group(0).startswith(",") and DAY_COMMA_YEAR.match(text, match.start() - 1):
            continue  # "August 21, 2024" is one date
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


def _word_start(text: str, position: int) -> int:
    while position > 0 and not text[position - 1].isspace():
        position -= 1
    return position


# 'Since March 2022, the agency has hosted ...', '... opened since the start of the invasion two years
# ago': a date that opens the span a total or a state has run over. A happening told after 'since'
# ('since the court issued a warrant in March 2023') keeps its date.
SINCE = re.compile(
    r"\bsince\s+(?:(?:the\s+)?(?:beginning|start|outbreak|onset)\s+of\s+(?:[\w’'-]+\s+){0,5}?(?:nearly\s+|almost\s+|over\s+)?)?$",
    re.I,
)


# 'Established in 1949, the council is ...', 'Founded by diplomats on 19 June 2013.': a body's background
# or a page's 'about' box, told before or beside the news.
FOUNDED_IN = re.compile(r"\s*(?:Founded|Established|Created|Set up)\s+(?:in|on|by)\b")


def _running_since(text: str, mention) -> bool:
    own_since = re.match(r"since\s+", mention.text, re.I)
    return bool(SINCE.search(text[: mention.start] + (own_since.group(0) if own_since else "")))


# 'Courts have convicted 81 soldiers since 2022', '128 people have been sentenced to date', 'with 17
# defendants convicted', 'a total of 386 children have been returned': a count of people judged or brought
# back so far is a figure, not one happening.
TALLIED = frozenset(["judgment", "return"])
PERFECT = re.compile(r"\b(?:has|have)\s+(?:already\s+|now\s+|so far\s+)?(?:been\s+)?(?:\w+\s+and\s+)?$", re.I)
WITH_COUNT = re.compile(r"\bwith\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}$", re.I)
COUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:[,.]\d{3})*(?![\w.,]?\d)")
# A group brought back today ('23 children have been returned') is news; a count so far says it is one.
SO_FAR = re.compile(
    r"\b(?:a total of|in total|already|to date|so far|since|overall|altogether|between)\b", re.I
)


def _tally(text: str, category: str, cue_start: int, date_spans: list[tuple[int, int]]) -> bool:
    if category not in TALLIED:
        return False
    start, end = next((s, e) for s, e in _segments(text) if s <= cue_start <= e)
    if WITH_COUNT.search(text, start, cue_start):
        return True
    counts = [
        m for m in COUNT.finditer(text, start, end) if not any(s <= m.start() < e for s, e in date_spans)
    ]
    return bool(counts and PERFECT.search(text, start, cue_start) and SO_FAR.search(text))


def _cue(text: str, date_start: int) -> tuple[str, int, int] | None:
    """The kind of event a date belongs to: the most specific cue in the date's own clause, or, when
    that clause only says when ("On August 5,"), in the clause that follows it."""
    found = [(category, m.start(), m.end()) for category, pattern in CUES for m in pattern.finditer(text)]
    segments = _segments(text)
    for position, (start, end) in enumerate(segments):
        if not start <= date_start <= end:
            continue
        inside = [f for f in found if start <= f[1] < end]
        if not inside and position > 0 and FOLLOWED.match(text, start):
            # "..., followed by Romania on 13 October": the same happening as the clause before
            before = segments[position - 1]
            inside = [f for f in found if before[0] <= f[1] < before[1]]
        if not inside and ADVERBIAL.match(text[start:end]):
            # "On 5 May, the minister of A, the envoy of B and C signed": the verb may come after a list
            for following in segments[position + 1 : position + 1 + LIST_REACH]:
                inside = [f for f in found if following[0] <= f[1] < following[1]]
                if inside or not NOUN_PHRASE.match(text, following[0]):
                    break
        if inside:
            return min(inside, key=lambda f: (PRIORITY[f[0]], abs(f[1] - date_start)))
        return None
    return None


def title(text: str, cue_start: int, date_spans: list[tuple[int, int]], date_start: int = -1) -> str:
    """What happened, in the article's words: the clause of the cue, with its subject and no dates;
    for a follower ('..., followed by Romania on 13 October') the follower and the clause's verb."""
    text = _without_dateline(text)
    segments = _segments(text)
    followed = _follower_title(text, segments, cue_start, date_spans, date_start)
    if followed:
        return followed
    position = next(i for i, (s, e) in enumerate(segments) if s <= cue_start <= e)
    start, end = segments[position]
    if position > 0 and ATTRIBUTION.match(text, start):
        # "Guatemala will join the group, Kuleba said after meeting his counterpart on 24 February": the
        # date is the telling's, what was told comes before it
        start = segments[0][0]
    elif ADVERBIAL.match(text[start:end]) and position + 1 < len(segments) and _has_verb_later(text, end):
        # "In a statement issued Thursday, Price said ...", "The Assembly, at a session on Monday, adopted
        # a resolution": the adverbial says when or where, the main clause what happened
        end = segments[position + 1][1]
    while end < len(text) and (
        _too_short(text, start, end, date_spans)
        or SAYS_THAT.search(_without_dates(text, start, end, date_spans))
    ):
        # "It was created on 5 May, the treaty was signed by 40 states": too few words say what happened
        end = next((e for s, e in segments if s > end), len(text))
    speech = re.search(
        r"\b(?:said|says|announced|reported|stated|noted|added)\s+that\s+", text[start:cue_start]
    )
    if speech and PRONOUN.match(text, start + speech.end()):
        speech = None  # "Norway announced that it has joined": "it" alone would not say who
    if speech:
        start += speech.end()  # "Price said that the OSCE published a report": the report is the event
    clause = text[start:end]
    prefix = ""
    relative = re.match(r"(?:which|who|that)\s+", clause)
    if relative:
        antecedent = re.search(
            rf"((?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:{CONNECTORS}\s+)*[A-Z][\w’'-]*)*)\s*$",
            text[:start].rstrip(" ,"),
        )
        prefix = antecedent.group(1) + " " if antecedent else ""
        clause = clause[relative.end() :]
    elif position > 0 and clause[:1].islower() and not speech:
        first = text[segments[0][0] : segments[0][1]]
        if not ADVERBIAL.match(first):
            prefix = first + " "
    words = _without_dates(text, start, end, date_spans) if not relative else clause
    if relative:
        words = _without_dates(text, end - len(clause), end, date_spans)
    result = re.sub(r"\s+", " ", FILLER.sub("", (prefix + words).strip(" ,.;:"))).strip(" ,")
    tokens = result.split()
    if len(tokens) > MAX_TITLE_WORDS:
        result = " ".join(tokens[:MAX_TITLE_WORDS]) + "…"
    return result[:1].upper() + result[1:]


# Where and by whom a story was filed, before its first sentence: 'KYIV, Ukraine -', 'GENEVA (Reuters) -',
# '(AGENCY) -', 'Moscow, (AGENCY)', 'NEW YORK, MARCH 25 -', 'April 1 (Agency) -'.
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)*(?:,\s*[A-Z][\w .]{0,30}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–:-]"
    r"|(?:[A-Z][a-z]+\.?\s+\d{1,2}\s*)?\([^)]{1,30}\)\s*[—–-]"
    r"|[A-Z][a-z]+,\s*\([^)]{1,30}\))\s+(?=[A-Z“\"])"
)


def _without_dateline(text: str) -> str:
    """The sentence with its dateline blanked out, so that offsets into it still hold."""
    found = DATELINE.match(text)
    return " " * found.end() + text[found.end() :] if found else text


def _follower_title(text, segments, cue_start: int, date_spans, date_start: int) -> str:
    """'Romania became members' for '..., became members, followed by Romania on 13 October'; '' when
    the date's clause is no follower."""
    own = next((s for s in segments if s[0] <= date_start <= s[1]), None)
    follower = FOLLOWED.match(text, own[0]) if own and not own[0] <= cue_start <= own[1] else None
    if not follower:
        return ""
    verb_end = next(e for s, e in segments if s <= cue_start <= e)
    who = _without_dates(text, follower.end(), own[1], date_spans).strip(" ,.;:")
    return f"{who} {text[cue_start:verb_end].strip(' ,.;:')}"


def _too_short(text: str, start: int, end: int, date_spans: list[tuple[int, int]]) -> bool:
    return len(content_stems(_without_dates(text, start, end, date_spans))) < MIN_TITLE_WORDS


def _has_verb_later(text: str, end: int) -> bool:
    return bool(re.search(r"\b\w+(?:ed|said|says|met|held|took|began|left)\b", text[end:]))


def _without_dates(text: str, start: int, end: int, date_spans: list[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for s, e in date_spans:
        e += 2 if text[e : e + 2] in ("'s", "’s") else 0  # 'today's meeting': the meeting
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    out = "".join(chars)
    return re.sub(r"\s+([,.;:])", r"\1", re.sub(r",\s*,", ",", out))


PLACE = re.compile(r"\b(?:in|at)\s+(?P<place>(?:The\s+)?[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+)?)")
NOT_PLACES = re.compile(
    r"^(?:"
    + "|".join(
        "January February March April May June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The".split()
    )
    + r")\b"
)


def _place(analysed) -> str:
    known = {m.text for m in analysed.actors}
    for match in PLACE.finditer(analysed.text):
        place = match.group("place")
        if NOT_PLACES.match(place) and not place.startswith("The Hague") or place in known:
            continue
        if any(c.start <= match.start("place") < c.end for c in analysed.coalitions):
            continue
        if re.match(
            r"\s+(?:Conference|Summit|Group|Team|Centre|Center|Court|Office)\b", analysed.text[match.end() :]
        ):
            continue
        return place
    return ""


def extract(view: DocumentView) -> list[Proposal]:
    events: dict[tuple[str, str, str], Proposal] = {}
    first_told: dict[tuple[str, str, str], int] = {}  # the sentence that first tells each event
    told_day = None  # the last day the sentences so far named, for 'the day before', 'on the same day'
    for index, analysed in enumerate(view.sentences):
        text = analysed.text
        own = [d for d in analysed.dates if d.precision == "day" and d.role == "plain"]
        dates = sorted([*analysed.dates, *anchored(text, told_day)], key=lambda d: d.start)
        told_day = own[-1] if own else told_day
        if text.isupper():
            continue
        spans = [(d.start, d.end) for d in dates]
        for mention in dates:
            if mention.role == "asof":
                continue  # "by 14 August": the date of a figure, not of an event
            ends = [d for d in analysed.dates if d.role == "asof" and d.start > mention.end]
            if mention.role == "since" and ends:
                continue  # "from 10 May until 3 June": a period something lasted, no event's day
            if bounds_a_period(analysed, mention) or STAMP.search(text[: mention.start]):
                continue  # a span of time; a page's own time stamp ('Published 31 Oct, 2025 08:22pm')
            if _running_since(text, mention) or FOUNDED_IN.match(text):
                continue  # 'has hosted 19 meetings since March 2022': a running total, no happening
            cue = _cue(text, mention.start)
            if cue is None:
                continue
            category, cue_start, _ = cue
            if _tally(text, category, cue_start, spans):
                continue
            said, told = _reported_back(view, index), text
            if said:
                # "This was announced on Monday": the happening is the one the sentence before tells.
                category, cue_start, _ = _cue(said.text, 0) or (category, 0, 0)
                told, spans = said.text, [(d.start, d.end) for d in said.dates]
            key = (mention.value, mention.precision, category)
            if key in events:
                if text not in events[key].quotes:
                    events[key].quotes.append(text)
                continue
            actors = [m.actor for m in analysed.free_actors()]
            coalition = next((m.coalition for m in analysed.coalitions if m.coalition), None)
            fields = {
                "date": mention.value,
                "date_precision": mention.precision,
                "title": _named(title(told, cue_start, spans, -1 if said else mention.start), view, index),
                "category": category,
                "place": _place(analysed),
                "actor_ids": ";".join(dict.fromkeys(a.actor_id for a in actors)),
                "coalition_id": coalition.coalition_id if coalition else "",
                "note": mention.note,
            }
            refs = [*actors, *([coalition] if coalition else [])]
            events[key] = Proposal("events", fields, [text], refs)
            first_told[key] = index
    lead = _lead_event(view, first_told)
    return [*([lead] if lead else []), *events.values()]


# A title that ends on a word pointing back ('Greece signed it', 'Romania became members'): it or
# what it joined is the coalition the sentence is about, named before.
POINTS_BACK = re.compile(r"\s(?P<pronoun>it|them)$|\b(?:members?|participants?|a party|parties)$")


def _named(text: str, view: DocumentView, index: int) -> str:
    back = POINTS_BACK.search(text)
    coalition = view.coalition_for(index) if back else None
    if coalition is None:
        return text
    name = coalition.name
    if coalition.short_name and coalition.short_name.lower() not in name.lower():
        name += f" ({coalition.short_name})"
    if back.group("pronoun"):
        return f"{text[: back.start()]} the {name}"
    return f"{text} of the {name}"


# 'This is said in a press release', 'It was announced this morning': the date of telling what the
# sentence before says.
REPORTED_BACK = re.compile(
    r"(?:This|It|That)\s+(?:is|was|has been|had been)\s+(?:\w+\s+)?(?:said|stated|reported|announced|noted)\b"
)


def _reported_back(view: DocumentView, index: int):
    """The sentence before, when this one only says that and when it was told."""
    if index == 0 or not REPORTED_BACK.match(view.sentences[index].text):
        return None
    return view.sentences[index - 1]


def _furniture(text: str) -> bool:
    return len(text.split()) < FURNITURE_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _headline(text: str) -> bool:
    return not text.rstrip().endswith((".", "!", "?", ".”", '."', "”", '"'))


def _same_news(key: tuple[str, str, str], told: int, category: str, lead: int, published) -> bool:
    """Is a dated event of the lead's kind, told near it and dated within the page's own period or the
    week before, the lead's own happening ('On Thursday, 40 states signed ...' then 'The agreement came
    hours after ...' on a Friday page)?"""
    value, precision, kind = key
    if kind != category or abs(told - lead) > NEAR_SENTENCES:
        return False
    first = parse_partial(value, precision)
    earliest = published.first - timedelta(days=RECENT_DAYS)
    return earliest <= first and period_end(first, precision) <= published.last


def _day_told_near(view: DocumentView, index: int, published):
    """On a page dated only to its month: the day a sentence next to the lead gives inside that month
    ('The centre started its work. The ministry announced this on 3 July.'), else None."""
    if published.precision == "day":
        return None
    for analysed in view.sentences[max(0, index - NEAR_SENTENCES) : index + 1 + NEAR_SENTENCES]:
        for mention in analysed.dates:
            if mention.precision != "day" or mention.role != "plain":
                continue
            if published.first <= date.fromisoformat(mention.value) <= published.last:
                return mention
    return None


def _lead_cue(analysed) -> tuple[str, re.Match] | None:
    """The kind of news an undated opening sentence tells, if it tells one."""
    text = analysed.text
    if analysed.dates or ANCHORED.search(text) or text.isupper() or FUTURE.search(text):
        return None
    if text.rstrip().endswith("?"):
        return None
    found = [(c, m) for c, p in CUES if c in LEAD_CATEGORIES for m in [p.search(text)] if m]
    # "a website for children who have been returned": the verb of a relative clause is no news
    found = [(c, m) for c, m in found if not RELATIVE.search(text[: m.start()])]
    found = [(c, m) for c, m in found if not _tally(text, c, m.start(), [])]
    return found[0] if found else None


def _lead_event(view: DocumentView, dated: dict[tuple[str, str, str], int]) -> Proposal | None:
    """The news of the day: an article's opening sentence that says something happened, with no date,
    happened on the publication date ('Japan has joined the coalition'), unless a dated event has it:
    one on that date, or one of its kind told next to it in the days before ('On 16 December, the EU
    signed'). On a page dated only to its month, a day told next to the lead dates it."""
    published = view.published
    if published is None or any(key[:2] == (published.value, published.precision) for key in dated):
        return None
    # Short lines with no full stop ('Ticker', 'By EUobserver') are page furniture: the lead is the first
    # sentences after them.
    sentences = [(i, a) for i, a in enumerate(view.sentences) if not _furniture(a.text)]
    lead = sentences[:LEAD_SENTENCES]
    for position, (index, analysed) in enumerate(lead):
        found = _lead_cue(analysed)
        if not found:
            continue
        if _headline(analysed.text):
            # A headline ('Court Issues Warrant for General') tells in shorthand what a sentence after it
            # tells in full: that sentence, when it tells the same kind of news.
            index, analysed, found = next(
                (
                    (i, a, f)
                    for i, a in lead[position + 1 :]
                    if not _headline(a.text) and (f := _lead_cue(a)) and f[0] == found[0]
                ),
                (index, analysed, found),
            )
        text = analysed.text
        category, cue = found
        if any(_same_news(key, told, category, index, published) for key, told in dated.items()):
            return None
        day = _day_told_near(view, index, published)
        actors = [m.actor for m in analysed.free_actors()]
        coalition = next((m.coalition for m in analysed.coalitions if m.coalition), None)
        fields = {
            "date": day.value if day else published.value,
            "date_precision": day.precision if day else published.precision,
            "title": _named(title(text, cue.start(), []), view, index),
            "category": category,
            "place": _place(analysed),
            "actor_ids": ";".join(dict.fromkeys(a.actor_id for a in actors)),
            "coalition_id": coalition.coalition_id if coalition else "",
            "note": (
                f"The article reports it as the news without a date; the day {day.text.strip()!r} next to it."
                if day
                else "The article reports it as the day's news without a date: the publication date."
            ),
        }
        return Proposal("events", fields, [text], [*actors, *([coalition] if coalition else [])])
    return None
