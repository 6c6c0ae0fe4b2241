"""Small word helpers shared by the extractors: tokens, crude stems, slugs."""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:['’][A-Za-z]+)?")
STOPWORDS = frozenset(
    "a an the of for and or in on at to by with from into over about as is are was were be been being "
    "its it this that these those their his her our has have had will would which who whom whose than "
    "not no also only such other between among after before during since under upon via per".split()
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude stem: lower case, a common suffix off, at most six letters ('signed' ~ 'signs')."""
    word = word.lower().replace("’", "'").split("'")[0]
    if word.endswith("es") and not re.search(r"(?:s|x|z|ch|sh|i)es$", word):
        word = word[:-1]  # 'damages' ~ 'damage', 'states' ~ 'state'; 'taxes', 'countries' lose 'es'
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    word = {
        "centr": "cent",
        "center": "cent",
        "centre": "cent",
        "organis": "organi",
        "organiz": "organi",
        "children": "child",
    }.get(word, word)
    return word[:6]


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order."""
    return [stem(w) for w in WORD.findall(text) if w.lower() not in STOPWORDS]


def slug(text: str, sep: str = "-") -> str:
    """An ASCII id from a name: 'La Strada-Ukraine' -> 'la-strada-ukraine'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"^(the|a|an)\s+", "", ascii_text.strip(), flags=re.IGNORECASE)
    return re.sub(r"[^a-z0-9]+", sep, ascii_text.lower()).strip(sep)


def fold(text: str) -> str:
    """Text with typographic quotes and dashes made plain, for comparison only."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
    return text.translate(table)
