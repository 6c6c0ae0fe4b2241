"""What the extractors propose: rows for the curated tables, each with the sentences behind it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Proposal:
    table: str  # events | memberships | statistics
    fields: dict[str, str]  # the row without its id and status
    quotes: list[str] = field(default_factory=list)
    # The actors, coalitions and metrics the row refers to; those marked new must be written too.
    refs: list = field(default_factory=list)
