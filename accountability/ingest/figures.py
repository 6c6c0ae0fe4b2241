"""Reported figures in a sentence: the number, its qualifier, and what it counts.

Not figures: years, dates (the caller masks them), article, resolution and other reference
numbers, ordinals ("the 17th meeting"), numbers inside identifiers ("CM/Res(2023)3", "G7"),
hyphenated compounds ("two-day"), and number words that count nothing the tracker follows
("two main aspects").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "m": 1_000_000,
    "k": 1_000,
}
CURRENCY_SIGNS = {
    "US$": "USD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "₴": "UAH",
    "USD": "USD",
    "EUR": "EUR",
    "GBP": "GBP",
    "UAH": "UAH",
}
CURRENCY_WORDS = {
    "euro": "EUR",
    "euros": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnias'": "UAH",
}

# What a figure counts -> the unit family used for records and for matching.
FAMILIES = {
    "countries": "countries",
    "country": "countries",
    "states": "countries",
    "nations": "countries",
    "governments": "countries",
    "member states": "countries",
    "states parties": "countries",
    "people and entities": "people and entities",
    "individuals and legal entities": "people and entities",
    "individuals and entities": "people and entities",
    "state parties": "countries",
    "people": "people",
    "persons": "people",
    "person": "people",
    "civilians": "people",
    "individuals": "people",
    "victims": "people",
    "residents": "people",
    "citizens": "people",
    "dead": "people",
    "suspects": "people",
    "prosecutors": "people",
    "investigators": "people",
    "experts": "people",
    "lawyers": "people",
    "witnesses": "people",
    "refugees": "people",
    "soldiers": "people",
    "detainees": "people",
    "prisoners": "people",
    "judges": "people",
    "deportees": "people",
    "representatives": "people",
    "officials": "people",
    "criminals": "people",
    "perpetrators": "people",
    "war criminals": "people",
    "servicemen": "people",
    "servicemembers": "people",
    "personnel": "people",
    "defendants": "people",
    "candidates": "people",
    "deputies": "people",
    "lawmakers": "people",
    "legislators": "people",
    "mps": "people",
    "parliamentarians": "people",
    # Allies and delegations in an accountability text are states.
    "allies": "countries",
    "delegations": "countries",
    "military personnel": "people",
    "children": "children",
    "child": "children",
    "orphans": "children",
    "kids": "children",
    "minors": "children",
    "cases": "cases",
    "crimes": "cases",
    "war crimes": "cases",
    "proceedings": "cases",
    "incidents": "cases",
    "offences": "cases",
    "offenses": "cases",
    "criminal cases": "cases",
    "episodes": "cases",
    "violations": "cases",
    # A claim for damage is lodged as an application or a submission.
    "claims": "claims",
    "applications": "claims",
    "submissions": "claims",
    "investigations": "investigations",
    "probes": "investigations",
    "inquiries": "investigations",
    "interviews": "interviews",
    "testimonies": "interviews",
    "statements": "interviews",
    "files": "files",
    "documents": "files",
    "members": "members",
    "abstention": "abstentions",
    "participants": "members",
    "signatories": "signatories",
    "warrants": "warrants",
    # A conviction, verdict or sentence counts the person convicted.
    "convictions": "people",
    "verdicts": "people",
    "sentences": "people",
    "meetings": "meetings",
    "organisations": "organisations",
    "organizations": "organisations",
    "ngos": "organisations",
    "percent": "percent",
    "per cent": "percent",
}

DURATIONS = frozenset("years months weeks days hours minutes decades".split())
# A page's counters of its readers ("30624 views") are furniture, not reported figures.
PAGE_COUNTERS = frozenset("views comments likes shares reads".split())

QUALIFIER_BEFORE = [
    ("more_than", r"more than|over|above|in excess of|upwards of|exceeding|exceeded|surpassed|greater than"),
    ("at_least", r"at least|no fewer than|no less than|not less than|a minimum of"),
    ("nearly", r"nearly|almost|close to|just under|just shy of|approaching"),
    ("about", r"about|around|roughly|approximately|approx\.|some|an estimated|estimated|circa|ca\.|~"),
    ("at_most", r"up to|at most|no more than|not more than|fewer than|less than|under|below|a maximum of"),
]
_QUALIFIER = [
    (q, re.compile(rf"(?:^|[\s(\"“‘'])(?:possibly\s+|only\s+|just\s+)?(?:{p})\s*$", re.I))
    for q, p in QUALIFIER_BEFORE
]
_REFERENCE = re.compile(
    r"\b(?:article|articles|art\.?|section|paragraph|para\.?|resolution|res\.?|rule|chapter|no\.?|number|annex|"
    r"protocol|clause|item|page|pp?\.|part|decision|law|code|order|point|chamber|vol\.?|volume|issue|round|"
    r"phase|stage|level|category|case no\.?)\s*$",
    re.I,
)
_NUMBER = re.compile(
    r"(?P<cur>US\$|\$|€|£|₴|\b(?:USD|EUR|GBP|UAH)\b)?\s?"
    r"(?P<num>\d{1,3}(?:(?:,|\u00a0|\u202f| )\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|mln|bn)\b|(?P<short>[mk])\b)?"
    r"(?P<pct>\s?%|\s(?:per ?cent)\b)?"
)
_WORD_NUMBER = re.compile(
    r"\b(?P<words>(?:a|half a|"
    + "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
    + r")(?:[\s-](?:"
    + "|".join([*UNITS_WORDS, *TENS_WORDS, "and", "dozen", "hundred", "thousand", "million", "billion"])
    + r"))*)\b",
    re.I,
)
_STOP_AFTER = frozenset(
    "of with in at on for to from by as than since per each into over under across after before during while "
    "when where whose who which that and or but including have has had were was are is will would been being "
    "be here there so far already now also this these those its their out".split()
)
# One name, not the end of a list, before 'and N other ...': the count leaves out the one named.
ONE_NAMED_BEFORE = re.compile(r"(?:^|[^,\s]\s+)(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+and\s+$")
# A vote counts its voters bare: 'only one against', 'with one abstention', 'two voted against'.
VOTE_AFTER = re.compile(r"\s+(?:abstention|abstained|against|voted|in\s+favou?r)\b", re.I)
# Words in -ed that stand before the counted noun: '400 suspected war criminals'.
NOT_VERBS = frozenset("suspected alleged accused".split())
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ians|ans|ese|ish|is)$")


@dataclass(frozen=True)
class Figure:
    start: int  # the span of the expression as written, qualifier included
    end: int
    value: float
    qualifier: str
    unit: str  # a family ('countries', 'people', ...), an ISO currency code, or the counted word
    noun: str  # what it counts, as written ('cases of forced deportation of children'); '' if elided
    text: str
    detail: str = ""  # the noun with the words that follow it ('people notified of suspicion'), for naming


def words_value(phrase: str) -> float | None:
    """'thirty-two' -> 32, 'a million' -> 1e6, 'half a million' -> 5e5; None if not a number."""
    tokens = [t for t in re.split(r"[\s-]+", phrase.lower()) if t and t != "and"]
    if tokens[:2] == ["half", "a"]:
        rest = words_value(" ".join(["a", *tokens[2:]]))
        return rest / 2 if rest else None
    total, current, seen_number = 0.0, 0.0, False
    for token in tokens:
        if token == "a":
            current, seen_number = 1, True
        elif token in UNITS_WORDS or token in TENS_WORDS:
            current += UNITS_WORDS.get(token, 0) + TENS_WORDS.get(token, 0)
            seen_number = True
        elif token == "hundred":
            current = (current or 1) * 100
        elif token == "dozen":  # 'three dozen' is 36, 'a dozen' 12
            current = (current or 1) * 12
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return None
    value = total + current
    if tokens == ["a"] or not seen_number or value == 0:
        return None
    return value


def _masked(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            chars[i] = " "
    for url in re.finditer(r"\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:org|com|net|ua|eu|int)\b\S*", text):
        for i in range(*url.span()):
            chars[i] = " "
    return "".join(chars)


_OUT_OF = re.compile(r"\s+out\s+of\s+(?:the\s+)?\d[\d,.]*")
WITH_ENTITIES = re.compile(r"\s+and\s+(?:legal\s+)?entities\b", re.I)


def _counted(text: str, end: int) -> tuple[str, str]:
    """What a number counts: (unit, the counted words as written with their complement), or ('', '')."""
    words: list[re.Match] = []
    tokens = list(re.finditer(r"[\w’'-]+|[^\w\s]", text[end:]))
    for i, match in enumerate(tokens):
        token = match.group(0)
        lower = token.lower()
        if not re.match(r"\w", token) or len(words) >= 5 or lower in _STOP_AFTER:
            break
        following = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        verb = lower.endswith("ed") and lower not in FAMILIES and lower not in NOT_VERBS
        if verb and following not in FAMILIES:
            break  # 'countries signed', '80 convicted': a verb; 'associated members' is no verb
        words.append(match)
    head, last = "", -1
    for i, match in enumerate(words):
        pair = " ".join(w.group(0) for w in words[i : i + 2]).lower()
        if i + 1 < len(words) and pair in FAMILIES:
            head, last = pair, i + 1
        elif match.group(0).lower() in FAMILIES:
            head, last = match.group(0).lower(), i
        elif _DEMONYM.match(match.group(0)):
            head, last = "people", i
        following = words[last + 1].group(0).lower() if head and last + 1 < len(words) else ""
        if head and head not in ("members", "participants") and following not in FAMILIES:
            break  # the first counted noun: '27 countries investigating war crimes' counts countries
    if not head:
        last_word = words[-1].group(0) if words else ""
        if last_word[:1].islower() and last_word.endswith("s") and len(last_word) > 2:  # not a cut 's'
            head, last = words[-1].group(0).lower(), len(words) - 1
        else:
            return "", ""
    noun_end = end + words[last].end()
    joint = FAMILIES.get(head) == "people" and WITH_ENTITIES.match(text, noun_end)
    if joint:
        # '10 people and entities' sanctioned: one list of designations, not a count of people.
        head, noun_end = "people and entities", joint.end()
    complement = re.match(
        r"\s+(?:of|with|in|into|against)\s+[\w’'\s-]{3,60}?(?=[,.;:()]|\s+(?:have|has|were|was|are|"
        r"is|had|which|who|that|since|from|and)\b|$)",
        text[noun_end:],
    )
    noun = text[end + words[0].start() : noun_end] + (complement.group(0) if complement else "")
    return FAMILIES.get(head, head), noun.strip()


def _qualifier(text: str, start: int, end: int) -> tuple[str, int]:
    before = text[max(0, start - 40) : start]
    for qualifier, pattern in _QUALIFIER:
        match = pattern.search(before)
        if match:
            opening = match.group(0)[:1] in " (\"“‘'"  # the qualifier starts after a space, bracket or quote
            return qualifier, start - (len(before) - match.start()) + (1 if opening else 0)
    after = text[end : end + 12]
    if re.match(r"(?:-plus|\+|\s+or more)\b", after):
        return "at_least", start
    return "exact", start


_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages|age of|(?:youngest|eldest|oldest)(?:\s+of\s+(?:whom|them))?\s+(?:is|was|being))"
    r"(?:\s+(?:from|between|of|up to|under|over))?\s*(?:\d+\s*(?:to|and|-|–)\s*)?$",
    re.I,
)
_AGE_AFTER = re.compile(r"(?:\s*(?:to|and|-|–)\s*\d+)?\s*(?:years?|months?)[\s-]+old\b", re.I)
# '200.000 children': a dot between groups of three digits separates thousands, as many European
# texts write them; before 'million' or '%' it is a decimal point ('1.500 million').
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _number_value(num: str, scaled: bool) -> float | None:
    dotted = _DOTTED_THOUSANDS.fullmatch(num)
    if dotted and num.count(".") > 1 and scaled:
        return None
    if dotted and not scaled:
        return float(num.replace(".", ""))
    return float(re.sub(r"[,\u00a0\u202f ]", "", num))


def find(text: str, masked_spans: list[tuple[int, int]]) -> list[Figure]:
    """Figures in a sentence, in order; ranges ('from 40 to 44 states') give two bounds."""
    masked = _masked(text, masked_spans)
    raw: list[dict] = []
    for match in _NUMBER.finditer(masked):
        start, end = match.span("num")
        if match["cur"]:
            start = match.start("cur")
        left = masked[:start]
        right = masked[match.end() :]
        if re.search(r"[\w/)]$|[\w/]\($|\d:$", left) and not match["cur"] or re.search(r"[A-Za-z]-$", left):
            continue  # in an identifier or a time: CM/Res(2023)3, COVID-19, 16:08 (' (19 voted' is an aside)
        if re.match(r"\.\d", right) or re.search(r"(?:^|[\s(])[-−]$|\d[.,]$", left):
            continue  # '41.340.03' is a rate or a version, '-0.48' a change on a ticker: no counts
        if re.match(r"(?:st|nd|rd|th)\b|[/)]|[-–][A-Za-z]|:\d|[A-Za-z]", right) and not (
            match["scale"] or match["short"] or match["pct"]
        ):
            continue  # ordinal, identifier, 'two-day', a time
        if _AGE_BEFORE.search(left) or _AGE_AFTER.match(right):
            continue  # 'aged 3 to 18', 'from 2 to 16 years old', 'the eldest is 16': ages, not counts
        if _REFERENCE.search(left) or re.search(
            r"\bout of\s*$", left, re.I
        ):  # '34 out of 46': 46 counts no one
            continue
        scale = match["scale"] or (match["short"] if match["cur"] else None)
        value = _number_value(match["num"], bool(scale or match["pct"]))
        if value is None:
            continue
        if match["short"] and not match["cur"]:
            continue
        if scale:
            value *= SCALES[scale.lower()]
        currency = CURRENCY_SIGNS.get(match["cur"] or "", "")
        next_word = re.match(r"\s*(\w+)", right)
        if not currency and next_word and next_word.group(1).lower() in CURRENCY_WORDS:
            currency = CURRENCY_WORDS[next_word.group(1).lower()]
        plain = not (match["cur"] or scale or match["pct"]) and re.fullmatch(r"\d+", match["num"])
        raw.append(
            dict(
                start=start,
                end=match.end(),
                value=value,
                currency=currency,
                pct=bool(match["pct"]),
                plain=bool(plain),
                words=False,
            )
        )
    for match in _WORD_NUMBER.finditer(masked):
        phrase = match["words"]
        value = words_value(phrase)
        if value == 1 and not VOTE_AFTER.match(masked, match.end()):
            continue  # 'one of the states': no count, unless a vote's ('one against', 'one abstention')
        if value is None or any(r["start"] <= match.start() < r["end"] for r in raw):
            continue
        if phrase[0].isupper() and re.search(r"\w\W*$", masked[: match.start()]):
            continue  # "the Group of Seven": a name, not a count ('"Thirty states' opens a quote)
        referring = r"\b(?:the|these|those|both|its|their|our|all|which|what|whose)\s+$"
        if re.search(referring, masked[: match.start()], re.I):
            continue  # "the two countries", "which two states" refer back, they do not report
        if re.match(r"-[A-Za-z]", masked[match.end() :]):
            continue
        raw.append(
            dict(
                start=match.start(),
                end=match.end(),
                value=value,
                currency="",
                pct=False,
                plain=False,
                words=True,
            )
        )
    raw.sort(key=lambda r: r["start"])
    return _build(text, raw)


def _build(text: str, raw: list[dict]) -> list[Figure]:
    figures: list[Figure] = []
    skip = set()
    for i, item in enumerate(raw):
        if i in skip:
            continue
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        between = text[item["end"] : nxt["start"]] if nxt else ""
        lead = text[max(0, item["start"] - 30) : item["start"]]
        is_range = nxt is not None and (
            re.fullmatch(r"\s*(?:-|–|—)\s*", between)
            or (re.fullmatch(r"\s+to\s+", between) and not re.search(r"\bfrom\s+$", lead))
            or (
                re.fullmatch(r"\s+to\s+", between)
                and re.search(r"\branging\s+from\s+$|\brange\s+from\s+$", lead, re.I)
            )
            or (re.fullmatch(r"\s+and\s+", between) and re.search(r"\bbetween\s+$", lead, re.I))
        )
        if is_range:
            skip.add(i + 1)
            unit, noun = _unit(text, nxt)
            if unit in DURATIONS:
                continue  # 'in two to three weeks': a span of time, however given
            if nxt["value"] >= 1000 and item["value"] < nxt["value"] / 100:
                item = {**item, "value": item["value"] * _scale_of(text, nxt)}
            start = item["start"] - len(
                re.search(r"(?:(?:ranging|range)\s+from|between|from)?\s*$", lead).group(0)
            )
            span_text = text[max(start, 0) : nxt["end"]]
            figures.append(
                Figure(max(start, 0), nxt["end"], item["value"], "at_least", unit, noun, span_text)
            )
            figures.append(Figure(max(start, 0), nxt["end"], nxt["value"], "at_most", unit, noun, span_text))
            continue
        unit, noun = _unit(text, item)
        share = _OUT_OF.match(text, item["end"])
        if not unit and share:
            unit, noun = _counted(text, share.end())  # '120 out of 193 members': members too
        if unit in DURATIONS or unit in PAGE_COUNTERS:
            continue  # 'it would take 55 years': a span of time counts nothing
        if item["words"] and unit not in set(FAMILIES.values()) and not VOTE_AFTER.match(text, item["end"]):
            continue  # 'three missiles', 'two aspects': number words count only what the tracker follows
        if item["plain"] and 1900 <= item["value"] <= 2100 and unit not in set(FAMILIES.values()):
            continue  # a year
        qualifier, start = _qualifier(text, item["start"], item["end"])
        if ONE_NAMED_BEFORE.search(text[: item["start"]]) and re.match(r"\s+other\b", text[item["end"] :]):
            item = {**item, "value": item["value"] + 1}  # 'Russia and 11 other countries' are 12
        detail = _detail(text, item["end"]) if noun else ""
        if item["pct"]:
            noun = _share_of(text, item["end"])
            detail = f"share of {noun}" if noun else "share"
        figures.append(
            Figure(
                start, item["end"], item["value"], qualifier, unit, noun, text[start : item["end"]], detail
            )
        )
    return figures


PREPOSITIONS = frozenset("of from with against in for on".split())
DETAIL_STOPS = frozenset(
    "and with which who that since have has had were was are is when in at on for to from by during the a an "
    "today yesterday over into regarding concerning".split()
)


def _detail(text: str, end: int) -> str:
    """The counted words and what follows them, up to a clause boundary: a name for a new metric."""
    phrase = re.match(r"\s*([^,;:.()“”\"]{1,80})", text[end:])
    words = phrase.group(1).split() if phrase else []
    # One preposition right after the noun stays ("statements from witnesses"); later ones end the name.
    cut = next(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in DETAIL_STOPS and not (i == 1 and w.lower() in PREPOSITIONS)
        ),
        None,
    )
    return " ".join(words[:cut][:6])


def _share_of(text: str, end: int) -> str:
    """What a percentage is a share of: '60 percent of the registered crimes' -> 'registered crimes'."""
    match = re.match(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|these\s+)?((?:[\w’'-]+\s*){1,3})", text[end:])
    if not match:
        return ""
    words = []
    for word in match.group(1).split():
        if word.lower() in _STOP_AFTER:
            break
        words.append(word)
    heads = [i for i, w in enumerate(words) if w.lower() in FAMILIES or w.lower().endswith("s")]
    return " ".join(words[: heads[0] + 1] if heads else words[:1])


# An aside that adds companions to a counted subject: ', and the European Union,', ', along with the EU,'.
COMPANIONS = re.compile(r",\s*(?:and|along with|together with|as well as|plus)\s+[^,;\d]{2,60},")


def context_of(text: str, figure: Figure, others: list[Figure]) -> str:
    """The words that belong to one figure: its clause, without the neighbouring figures' words."""
    left = max(text.rfind(",", 0, figure.start), text.rfind(";", 0, figure.start))
    stops = [i for i in (text.find(",", figure.end), text.find(";", figure.end)) if i != -1]
    right = min(stops) if stops else len(text)
    aside = COMPANIONS.match(text, right)
    if aside:
        # '50 states, along with the EU, took part': the verb after the aside is the figure's
        stops = [i for i in (text.find(",", aside.end()), text.find(";", aside.end())) if i != -1]
        right = min(stops) if stops else len(text)
    for other in others:
        if other.end <= figure.start:
            left = max(left, other.end)
            # '300 indicted and 66 convicted': the words before 'and' are the earlier figure's.
            joins = list(re.finditer(r"\s(?:and|while|but|whereas)\s", text[left : figure.start]))
            if joins:
                left += joins[-1].start()
        elif other.start >= figure.end:
            right = min(right, other.start)
    return text[left + 1 : right]


def _scale_of(text: str, item: dict) -> float:
    # Any scale word or abbreviation the number was written with: '6-8 mln' is six to eight million.
    written = text[item["start"] : item["end"]]
    match = re.search(r"(thousand|million|billion|trillion|mln|bn|m|k)\s*$", written)
    return SCALES[match.group(1).lower()] if match else 1


def _unit(text: str, item: dict) -> tuple[str, str]:
    if item["currency"]:
        return item["currency"], ""
    if item["pct"]:
        return "percent", ""
    return _counted(text, item["end"])
