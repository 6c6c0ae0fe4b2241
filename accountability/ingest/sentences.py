"""Split an article body into sentences whose text is a verbatim slice of the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words whose final period does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos art arts para paras sec gen col lt sgt sen rep gov pres inc ltd co corp vs "
    "jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e approx est fig cf ca dept univ mt ft".split()
)
# A list item's marker ("- On 3 May, ...") is no part of its sentence.
_BULLET = re.compile(r"^[-•*–]\s+")
# A footnote's number after the stop ("... in 2022.[3] On 31 May") belongs to the sentence it ends.
_END = re.compile(r"(?:[.!?]+|\.\.\.|…)[\"'”’)\]]*(?:\[\d{1,3}\])*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """Does the period at `dot` close an abbreviation or an initial (A.A. Khan, U.S.)?"""
    if text[dot] != ".":
        return False
    match = re.search(r"([A-Za-z][A-Za-z.]*)$", text[:dot])
    if not match:
        return False
    word = match.group(1)
    if len(word.replace(".", "")) == 1 and word[0].isupper():
        return True  # an initial
    if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word):
        return True  # U.S, U.K
    return word.lower() in ABBREVIATIONS


def split(body: str) -> list[Sentence]:
    """Sentences in order; a line break always ends one, so headlines stand alone."""
    sentences: list[Sentence] = []
    offset = 0
    paragraph = 0
    for line in body.split("\n"):
        if line.strip():
            start = 0
            for match in _END.finditer(line):
                if _ends_with_abbreviation(line, match.start()):
                    continue
                _add(sentences, line, start, match.end(), offset, paragraph)
                start = match.end()
            _add(sentences, line, start, len(line), offset, paragraph)
            paragraph += 1
        offset += len(line) + 1
    return sentences


def _add(out: list[Sentence], line: str, start: int, end: int, offset: int, paragraph: int) -> None:
    piece = line[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    bullet = _BULLET.match(stripped)
    if bullet and bullet.end() < len(stripped):
        lead += bullet.end()
        stripped = stripped[bullet.end() :]
    begin = offset + start + lead
    out.append(Sentence(begin, begin + len(stripped), stripped, paragraph, len(out)))
