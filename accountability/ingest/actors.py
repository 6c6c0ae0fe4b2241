"""States and organisations named in a sentence, resolved to actor ids.

States resolve to their ISO 3166 alpha-3 code through pycountry (its data ships in the package),
with the common English forms it lacks ("the US", "Britain", "Russia"); organisations resolve
through the names and aliases of the curated actors table. A name that matches nothing can be
proposed as a new actor, with a slug id and a kind guessed from its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from .words import slug

# Forms of state names that news text uses and ISO 3166 does not list.
COMMON_FORMS = {
    "US": "USA",
    "U.S.": "USA",
    "USA": "USA",
    "United States of America": "USA",
    "America": "USA",
    "UK": "GBR",
    "U.K.": "GBR",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "Russia": "RUS",
    "Czech Republic": "CZE",
    "Turkey": "TUR",
    "Moldova": "MDA",
    "Holy See": "VAT",
    "Vatican": "VAT",
    "Ivory Coast": "CIV",
    "Cape Verde": "CPV",
    "Macedonia": "MKD",
    "Palestine": "PSE",
    "Brunei": "BRN",
    "Micronesia": "FSM",
    "Swaziland": "SWZ",
    "Burma": "MMR",
    "East Timor": "TLS",
    "Kyrgyzstan": "KGZ",
    "Slovak Republic": "SVK",
    "Republic of Korea": "KOR",
}
# Adjectives of states: "the Dutch government" is the Netherlands, "Japanese officials" are not a party.
DEMONYMS = {
    "Albanian": "ALB",
    "American": "USA",
    "Argentine": "ARG",
    "Armenian": "ARM",
    "Australian": "AUS",
    "Austrian": "AUT",
    "Azerbaijani": "AZE",
    "Belgian": "BEL",
    "Bosnian": "BIH",
    "Brazilian": "BRA",
    "British": "GBR",
    "Bulgarian": "BGR",
    "Canadian": "CAN",
    "Chilean": "CHL",
    "Chinese": "CHN",
    "Colombian": "COL",
    "Costa Rican": "CRI",
    "Croatian": "HRV",
    "Cypriot": "CYP",
    "Czech": "CZE",
    "Danish": "DNK",
    "Dutch": "NLD",
    "Estonian": "EST",
    "Finnish": "FIN",
    "French": "FRA",
    "Georgian": "GEO",
    "German": "DEU",
    "Greek": "GRC",
    "Guatemalan": "GTM",
    "Hungarian": "HUN",
    "Icelandic": "ISL",
    "Indian": "IND",
    "Irish": "IRL",
    "Israeli": "ISR",
    "Italian": "ITA",
    "Japanese": "JPN",
    "Kazakh": "KAZ",
    "Korean": "KOR",
    "Latvian": "LVA",
    "Lithuanian": "LTU",
    "Luxembourgish": "LUX",
    "Maltese": "MLT",
    "Mexican": "MEX",
    "Moldovan": "MDA",
    "Monegasque": "MCO",
    "Montenegrin": "MNE",
    "New Zealand": "NZL",
    "Nigerian": "NGA",
    "Norwegian": "NOR",
    "Polish": "POL",
    "Portuguese": "PRT",
    "Romanian": "ROU",
    "Russian": "RUS",
    "Serbian": "SRB",
    "Slovak": "SVK",
    "Slovenian": "SVN",
    "South African": "ZAF",
    "South Korean": "KOR",
    "Spanish": "ESP",
    "Swedish": "SWE",
    "Swiss": "CHE",
    "Turkish": "TUR",
    "Ukrainian": "UKR",
    "Macedonian": "MKD",
}
# ...and are a state only before a word that names its state: its government, ministry or envoy.
STATE_NOUN = (
    r"(?:governments?|authorities|cabinet|side|delegations?|parliament|presidency|president|prime ministers?|"
    r"(?:foreign|justice|defen[cs]e)\s+(?:ministers?|ministry|ministries|office)|ministers?|ministry|"
    r"ambassadors?|embassy|envoys?|officials|chancellor|state)\b"
)
# A state's formal style before its short name, where ISO 3166 lists no such official name: 'Commonwealth of
# Australia', 'Kingdom of Spain' name Australia and Spain.
FORMAL_STYLE = re.compile(
    r"^(?:(?:Federal|Democratic|Socialist|Islamic|Plurinational|United)\s+)*"
    r"(?:Republic|Kingdom|Commonwealth|Principality|Grand Duchy|Confederation|Federation|Sultanate)\s+of\s+"
    r"(?:the\s+)?"
)
# ISO names that are more often something else in English news.
NOT_STATES = {"Jersey", "Man", "Chad", "Jordan", "Guernsey", "Georgia (US state)"}

KIND_WORDS = [
    ("court or prosecutor", r"\b(Court|Prosecutor|Prosecution|Tribunal|Procurator)"),
    (
        "government body",
        r"\b(Ministry|Department|Government|Parliament|Cabinet|Presidency|Office of the President)",
    ),
    ("agency", r"\b(Agency|Bureau|Police|Eurojust|Europol)\b"),
    (
        "international organisation",
        r"\b(United Nations|Council of Europe|Commission|Organi[sz]ation for|Union)\b",
    ),
    ("media", r"\b(News|Times|Post|Radio|Television|TV|Press|Journal|Gazette)\b"),
]


# An office named after its holder's title: 'the ICC prosecutor's office', 'the Office of the ICC Prosecutor'.
_TITLES = r"[Pp]rosecutor(?:\s+[Gg]eneral)?|[Oo]mbudsman|[Cc]ommissioner"
OFFICE = re.compile(
    rf"(?!The\b)(?P<body>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+(?P<title>{_TITLES})['’]s\s+[Oo]ffice\b"
    rf"|[Oo]ffice\s+of\s+the\s+(?!The\b)(?P<body2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+(?P<title2>{_TITLES})\b"
    rf"|(?:(?P<title3>{_TITLES})['’]s\s+[Oo]ffice|[Oo]ffice\s+of\s+the\s+(?P<title4>{_TITLES}))"
    rf"\s+(?:of|at)\s+the\s+(?P<body3>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)"
    # 'the ICC's Office of the Prosecutor': the body's own office, named after its holder.
    rf"|(?!The\b)(?P<body4>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)['’]s\s+[Oo]ffice\s+of\s+the\s+(?P<title5>{_TITLES})\b"
)


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    kind: str
    iso3: str = ""
    new: bool = False  # proposed by the ingest, not in the curated table yet


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    actor: Actor


def _state_name(country) -> str:
    return getattr(country, "common_name", None) or (
        country.name if "," not in country.name else getattr(country, "official_name", country.name)
    )


def _state_name_of(code: str) -> str:
    country = pycountry.countries.get(alpha_3=code)
    return _state_name(country) if country else code


def _iso_forms() -> dict[str, str]:
    """Every English form of every state that names one state only, to its alpha-3 code."""
    forms: dict[str, set[str]] = {}
    for country in pycountry.countries:
        names = {country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)}
        if "," in country.name:
            names.add(country.name.split(",")[0])
        for name in filter(None, names):
            name = re.sub(r"^the ", "", name)
            forms.setdefault(name, set()).add(country.alpha_3)
    table = {name: codes.pop() for name, codes in forms.items() if len(codes) == 1 and name not in NOT_STATES}
    table.update(COMMON_FORMS)
    return table


def guess_kind(name: str) -> str:
    for kind, pattern in KIND_WORDS:
        if re.search(pattern, name):
            return kind
    return "civil society organisation"


class ActorIndex:
    """Names -> actors, from the curated table first and ISO 3166 for states it lacks."""

    def __init__(self, curated: list[dict[str, str]]):
        self.known = {
            row["actor_id"]: Actor(row["actor_id"], row["name"], row["kind"], row.get("iso3", ""))
            for row in curated
            if row.get("actor_id")
        }
        by_iso = {a.iso3: a for a in self.known.values() if a.iso3}
        self.forms: dict[str, Actor] = {}
        for code_form, code in _iso_forms().items():
            country = pycountry.countries.get(alpha_3=code)
            if country is None:
                continue
            self.forms[code_form] = (
                by_iso.get(code)
                or self.known.get(code)
                or Actor(code, _state_name(country), "state", code, new=True)
            )
        for row in curated:
            actor = self.known.get(row.get("actor_id", ""))
            if actor is None:
                continue
            for form in [row["name"], *row.get("aliases", "").split(";")]:
                if form.strip():
                    self.forms[form.strip()] = actor
        self.proposed: dict[str, Actor] = {}
        alternation = "|".join(re.escape(f) for f in sorted(self.forms, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w])")
        self.adjectives = {
            word: by_iso.get(code) or self.known.get(code) or self.forms.get(_state_name_of(code))
            for word, code in DEMONYMS.items()
        }
        words = "|".join(re.escape(w) for w in sorted(self.adjectives, key=len, reverse=True))
        # "the Dutch government", "the Dutch and German governments", "Japanese Foreign Minister X"
        self._adjective = re.compile(
            rf"(?<![\w-])(?:{words})(?=(?:(?:,\s*|\s+and\s+)(?:{words}))*\s+{STATE_NOUN})", re.I
        )

    def _offices(self, text: str) -> list[ActorMention]:
        """'the ICC prosecutor's office', 'the Office of the ICC Prosecutor': the body whose name or alias
        is the office's holder ('ICC Prosecutor'), however capitalised."""
        out = []
        for match in OFFICE.finditer(text):
            holder = " ".join(
                g for g in match.group("body", "title", "body2", "title2", "body3", "body4", "title5") if g
            )
            titles = match.group("title", "title2", "title3", "title4", "title5")
            if match.group("body3"):  # 'the Prosecutor's Office of (the Office of the Prosecutor at) the ICC'
                holder = f"{match.group('body3')} {titles[2] or titles[3]}"
            actor = self._holder(holder, titles)
            if actor:
                out.append(ActorMention(match.start(), match.end(), match.group(0), actor))
        return out

    def _holder(self, holder: str, titles: tuple) -> Actor | None:
        """The office whose name is the holder's, or the body's other name with the title ('International
        Criminal Court Prosecutor' is the 'ICC Prosecutor')."""
        actor = self.forms.get(holder) or self._casefolded().get(holder.casefold())
        title = next((t for t in titles if t), "")
        body = self.forms.get(holder[: -len(title)].strip()) if title else None
        if actor or body is None:
            return actor
        names = (form for form, known in self.forms.items() if known == body)
        return next(
            (found for name in names if (found := self._casefolded().get(f"{name} {title}".casefold()))), None
        )

    def _casefolded(self) -> dict[str, Actor]:
        if not hasattr(self, "_folded"):
            self._folded = {form.casefold(): a for form, a in self.forms.items() if len(form) > 4}
        return self._folded

    def find(self, text: str) -> list[ActorMention]:
        """Actors named in the text, longest names first, without overlaps."""
        if text.isupper():
            return []  # a headline in capitals: every short word would look like a code
        out = self._offices(text)
        for match in self._pattern.finditer(text):
            if any(m.start <= match.start() < m.end for m in out):
                continue
            if match.group(0) == "Georgia" and re.match(r"\s+(?:State|Tech)\b", text[match.end() :]):
                continue
            bracketed = any(re.fullmatch(r"\s*\(", text[m.end : match.start()]) for m in out)
            if bracketed and text[match.end() :][:1] == ")":
                continue  # 'the Prosecutor's Office of the Court (ICC)': the body named before, abbreviated
            out.append(ActorMention(match.start(), match.end(), match.group(0), self.forms[match.group(0)]))
        for match in self._adjective.finditer(text):
            actor = self.adjectives.get(match.group(0)) or self.adjectives.get(match.group(0).title())
            if (
                actor
                and match.group(0)[0].isupper()
                and not any(m.start <= match.start() < m.end for m in out)
            ):
                out.append(ActorMention(match.start(), match.end(), match.group(0), actor))
        return sorted(out, key=lambda m: m.start)

    def state_in(self, name: str) -> Actor | None:
        """The one state a body's name holds: 'US Department of State' -> the USA, else None."""
        found = {
            actor.actor_id: actor
            for form, actor in self.forms.items()
            if actor.iso3 and re.search(rf"(?<![\w-]){re.escape(form)}(?![\w])", name)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def whole(self, name: str) -> Actor | None:
        """The actor a whole list item names, or None when it names none or more than one."""
        cleaned = clean_name(name)
        actor = self.forms.get(cleaned) or self.forms.get(re.sub(r"^the ", "", cleaned, flags=re.I))
        if actor:
            return actor
        styled = self.forms.get(FORMAL_STYLE.sub("", cleaned)) if FORMAL_STYLE.match(cleaned) else None
        state = styled if styled and styled.iso3 else None
        return state or self._casefolded().get(cleaned.casefold())

    def propose(self, name: str) -> Actor:
        """A new organisation for a name the tables do not hold; the same name gives the same actor."""
        cleaned = clean_name(name)
        key = cleaned.casefold()
        if key in self.proposed:
            return self.proposed[key]
        base = slug(cleaned) or "actor"
        actor_id, n = base, 2
        while actor_id in self.known or any(p.actor_id == actor_id for p in self.proposed.values()):
            actor_id, n = f"{base}-{n}", n + 1
        actor = Actor(actor_id, cleaned, guess_kind(cleaned), new=True)
        self.proposed[key] = actor
        return actor


def clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    return re.sub(r"^(?:the|The)\s+", "", name)
