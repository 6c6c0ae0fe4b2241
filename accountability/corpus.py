"""Corpus documents: a few `key: value` header lines, one blank line, then the text."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

HEADER_KEYS = ("title", "outlet", "published", "url")


@dataclass(frozen=True)
class Document:
    header: dict[str, str] = field(default_factory=dict)
    body: str = ""


def parse(text: str) -> Document:
    """Split a corpus file into its header and body; a file with no header is all body."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    for index, line in enumerate(lines):
        if line.strip() == "":
            if header:
                return Document(header, "\n".join(lines[index + 1 :]))
            break
        key, sep, value = line.partition(":")
        if not sep or key.strip().lower() not in HEADER_KEYS:
            break
        header[key.strip().lower()] = value.strip()
    return Document({}, text)


def read(path: Path) -> Document:
    return parse(path.read_text(encoding="utf-8"))


def render(header: dict[str, str], body: str) -> str:
    """The file text for a document; parse(render(h, b)) gives back h and b."""
    lines = [f"{key}: {header.get(key, '')}" for key in HEADER_KEYS]
    return "\n".join(lines) + "\n\n" + body


def path_for(corpus_dir: Path, source_id: str) -> Path:
    return corpus_dir / f"{source_id}.txt"
