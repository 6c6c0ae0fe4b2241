"""Precision, recall and F1 of the extractors against hand-labelled articles.

Matching (one prediction matches at most one label and the other way round):
- figures: the same value (within 0.5 %), the same qualifier and the same unit family;
- memberships: the same coalition id and the same member, by id or by the slug of its name (an
  organisation the context lacks is proposed under that slug; one the context has keeps its id);
- events: the same date and precision, and at least half of the label title's content words
  (compared by crude stems) found in the predicted title.
A label marked optional is neither missed when not found nor wrong when found.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..curated import read_rows
from .document import Context
from .extract import extract
from .metrics import unit_family
from .read import read_file
from .words import content_stems, slug

KINDS = ("events", "memberships", "statistics")
CONTEXT_TABLES = ("actors", "coalitions", "metrics")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleResult:
    name: str
    split: str
    scores: dict[str, Score]
    missed: dict[str, list[dict]] = field(default_factory=dict)
    wrong: dict[str, list[dict]] = field(default_factory=dict)


def load_context(directory: Path) -> Context:
    tables = {}
    for table in CONTEXT_TABLES:
        path = directory / f"{table}.csv"
        tables[table] = read_rows(path)[1] if path.exists() else []
    return Context.from_tables(tables)


def predicted(article_path: Path, context: Context) -> dict[str, list[dict]]:
    """The extractors' records for one article, in the label format."""
    article = read_file(article_path)
    out: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for proposal in extract(article, context, "eval"):
        f = proposal.fields
        if proposal.table == "events":
            out["events"].append(
                {"date": f["date"], "date_precision": f["date_precision"], "title": f["title"]}
            )
        elif proposal.table == "memberships":
            actor = next((r for r in proposal.refs if getattr(r, "actor_id", None) == f["actor_id"]), None)
            out["memberships"].append(
                {
                    "coalition": f["coalition_id"],
                    "member": f["actor_id"],
                    "role": f["role"],
                    "member_name": actor.name if actor else "",
                }
            )
        else:
            out["statistics"].append(
                {
                    "value": float(f["value"]),
                    "qualifier": f["qualifier"],
                    "unit": f["unit"],
                    "metric": f["metric"],
                    "as_of": f["as_of"],
                }
            )
    return out


def matches(kind: str, label: dict, guess: dict) -> bool:
    if kind == "statistics":
        value = float(label["value"])
        return (
            abs(float(guess["value"]) - value) <= 0.005 * max(abs(value), 1)
            and guess["qualifier"] == label["qualifier"]
            and unit_family(guess["unit"]) == unit_family(label["unit"])
        )
    if kind == "memberships":
        same_member = (
            guess["member"] == label["member"] or slug(guess.get("member_name", "")) == label["member"]
        )
        return same_member and guess["coalition"] == label["coalition"]
    if guess["date"] != label["date"] or guess["date_precision"] != label["date_precision"]:
        return False
    wanted = set(content_stems(label["title"]))
    return len(wanted & set(content_stems(guess["title"]))) >= 0.5 * len(wanted)


def score(kind: str, labels: list[dict], guesses: list[dict]) -> tuple[Score, list[dict], list[dict]]:
    """Greedy one-to-one matching, required labels first."""
    free = list(range(len(guesses)))
    result = Score()
    missed = []
    for label in sorted(labels, key=lambda lab: bool(lab.get("optional"))):
        hit = next((i for i in free if matches(kind, label, guesses[i])), None)
        if hit is not None:
            free.remove(hit)
            result.tp += 0 if label.get("optional") else 1
        elif not label.get("optional"):
            result.fn += 1
            missed.append(label)
    result.fp = len(free)
    return result, missed, [guesses[i] for i in free]


def evaluate(labels_dir: Path, context_dir: Path | None = None) -> tuple[list[ArticleResult], float]:
    """Scores per article, and the articles per second of reading and extraction."""
    labels_dir = Path(labels_dir)
    files = sorted(labels_dir.glob("*.json"))
    results = []
    elapsed = 0.0
    for path in files:
        label = json.loads(path.read_text(encoding="utf-8"))
        context = load_context(Path(context_dir) if context_dir else labels_dir / "context")
        started = time.perf_counter()
        guesses = predicted(labels_dir / label["article"], context)
        elapsed += time.perf_counter() - started
        result = ArticleResult(path.stem, label.get("split", "seed"), {})
        for kind in KINDS:
            result.scores[kind], result.missed[kind], result.wrong[kind] = score(
                kind, label.get(kind, []), guesses[kind]
            )
        results.append(result)
    rate = len(files) / elapsed if elapsed else 0.0
    return results, rate


def totals(results: list[ArticleResult], split: str | None = None) -> dict[str, Score]:
    out = {kind: Score() for kind in KINDS}
    for result in results:
        if split is None or result.split == split:
            for kind in KINDS:
                out[kind].add(result.scores[kind])
    return out
