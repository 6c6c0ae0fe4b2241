"""Precision, recall and F1 of the extractors against hand-labelled articles.

Two labelled sets: the articles written in our own words (`tests/ingest_labels/*.json`, their text
beside them) and published articles (`tests/ingest_labels/real/*.json`, split into `tune` and
`heldout`), whose texts are not ours to copy: they are read from a directory the user names, one
file per label file, named after it (`real_001.json` -> `real_001.txt`).

Matching (one prediction matches at most one label and the other way round):
- figures: the same value (within 0.5 %), the same qualifier, the same unit family and, where the
  label names its metric, a metric an analyst would accept: the label's metric or one it lists as
  acceptable, or a proposed metric whose name carries the label metric's words;
- memberships: the same coalition id and the same member, by id or by the slug of its name (an
  organisation the context lacks is proposed under that slug; one the context has keeps its id),
  and, where the label gives the join date, the same month (the same year for a year);
- events: the same date and precision, and at least half of the label title's content words
  (compared by crude stems) found in the predicted title.
A label marked optional is neither missed when not found nor wrong when found.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..curated import read_rows
from .document import Context
from .extract import extract
from .metrics import unit_family
from .read import Article, read_file
from .words import content_stems, slug

KINDS = ("events", "memberships", "statistics")
ANY_METRIC = "statistics, any metric"
KIND_NAMES = {"events": "events", "memberships": "memberships", "statistics": "figures"}
CONTEXT_TABLES = ("actors", "coalitions", "metrics")
REAL = "real"
SETS = ("written", "real-tune", "real-tune-a", "real-tune-b", "real-heldout")
# The tune part halved for checking that a rule carries over: the tune label files sorted by name, every
# third one (0-based index 2, 5, 8, ...) is `tune-b`, the others `tune-a`. Rules are changed from the
# errors of tune-a only; tune-b is watched as articles the rules have not been fitted to.
TUNE_CHECK_EVERY = 3


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
    found: dict[str, list[dict]] = field(default_factory=dict)
    part: str = ""

    @property
    def set_name(self) -> str:
        return f"{REAL}-{self.split}" if self.split in ("tune", "heldout") else "written"

    def in_set(self, name: str) -> bool:
        """Is the article in that set? The tune part's halves count as real-tune too."""
        return name in (self.set_name, f"{self.set_name}-{self.part}" if self.part else "")


def load_context(directory: Path) -> Context:
    tables = {}
    for table in CONTEXT_TABLES:
        path = directory / f"{table}.csv"
        tables[table] = read_rows(path)[1] if path.exists() else []
    return Context.from_tables(tables)


def predicted(article: Article, context: Context) -> dict[str, list[dict]]:
    """The extractors' records for one article, in the label format."""
    out: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for proposal in extract(article, context, "eval"):
        f = proposal.fields
        quote = proposal.quotes[0]
        if proposal.table == "events":
            out["events"].append(
                {
                    "date": f["date"],
                    "date_precision": f["date_precision"],
                    "title": f["title"],
                    "quote": quote,
                }
            )
        elif proposal.table == "memberships":
            actor = next((r for r in proposal.refs if getattr(r, "actor_id", None) == f["actor_id"]), None)
            out["memberships"].append(
                {
                    "coalition": f["coalition_id"],
                    "member": f["actor_id"],
                    "role": f["role"],
                    "joined": f["joined"],
                    "member_name": actor.name if actor else "",
                    "quote": quote,
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
                    "quote": quote,
                }
            )
    return out


def same_join_month(label: str, guess: str) -> bool:
    """A label's join date met to its month (to its year when it gives only a year)."""
    if not label:
        return True
    length = 7 if len(label) >= 7 else 4
    return len(guess) >= length and guess[:length] == label[:length]


def acceptable_metric(label: dict, guess: str, curated: frozenset[str] = frozenset()) -> bool:
    """The label's metric or one it lists as acceptable; where the label's metric is not a curated
    one (the labeller proposed it), any newly proposed metric, as an analyst would name it on review."""
    wanted = label.get("metric")
    if not wanted or guess in (wanted, *label.get("metric_accepted", [])):
        return True
    return wanted not in curated and guess not in curated


def matches(kind: str, label: dict, guess: dict, curated: frozenset[str] | None = frozenset()) -> bool:
    """Does the guess match the label? For figures, `curated` holds the curated metric ids, and None
    leaves the metric out of the comparison."""
    if kind == "statistics":
        value = float(label["value"])
        return (
            abs(float(guess["value"]) - value) <= 0.005 * max(abs(value), 1)
            and guess["qualifier"] == label["qualifier"]
            and unit_family(guess["unit"]) == unit_family(label["unit"])
            and (curated is None or acceptable_metric(label, guess.get("metric", ""), curated))
        )
    if kind == "memberships":
        same_member = (
            guess["member"] == label["member"] or slug(guess.get("member_name", "")) == label["member"]
        )
        return (
            same_member
            and guess["coalition"] == label["coalition"]
            and same_join_month(label.get("joined", ""), guess.get("joined", ""))
        )
    if guess["date"] != label["date"] or guess["date_precision"] != label["date_precision"]:
        return False
    wanted = set(content_stems(label["title"]))
    return len(wanted & set(content_stems(guess["title"]))) >= 0.5 * len(wanted)


def score(
    kind: str, labels: list[dict], guesses: list[dict], curated: frozenset[str] | None = frozenset()
) -> tuple[Score, list[dict], list[dict]]:
    """Greedy one-to-one matching, required labels first."""
    free = list(range(len(guesses)))
    result = Score()
    missed = []
    for label in sorted(labels, key=lambda lab: bool(lab.get("optional"))):
        hit = next((i for i in free if matches(kind, label, guesses[i], curated)), None)
        if hit is not None:
            free.remove(hit)
            result.tp += 0 if label.get("optional") else 1
        elif not label.get("optional"):
            result.fn += 1
            missed.append(label)
    result.fp = len(free)
    return result, missed, [guesses[i] for i in free]


def _article(label: dict, label_path: Path, texts: Path | None) -> Article:
    """The labelled article: beside the labels, or, for a published one, in the texts directory.
    The label's publication date stands in where the text carries none."""
    if texts is None:
        return read_file(label_path.parent / label["article"])
    article = read_file(texts / f"{label_path.stem}.txt")
    if not article.published and label.get("published"):
        published = label["published"]
        precision = {4: "year", 7: "month"}.get(len(published), "day")
        article = replace(article, published=published, published_precision=precision)
    return article


def _context_dir(labels_dir: Path, context_dir: Path | None) -> Path:
    return Path(context_dir) if context_dir else labels_dir / "context"


def evaluate(
    labels_dir: Path, context_dir: Path | None = None, texts: Path | None = None
) -> tuple[list[ArticleResult], float]:
    """Scores per article, and the articles per second of reading and extraction.

    With `texts`, the labels are of published articles whose texts are read from that directory;
    a label whose text is not there is left out (see `missing_texts`)."""
    labels_dir = Path(labels_dir)
    files = sorted(labels_dir.glob("*.json"))
    if texts is not None:
        files = [f for f in files if (Path(texts) / f"{f.stem}.txt").exists()]
    results = []
    elapsed = 0.0
    for path in files:
        label = json.loads(path.read_text(encoding="utf-8"))
        context = load_context(_context_dir(labels_dir, context_dir))
        started = time.perf_counter()
        guesses = predicted(_article(label, path, Path(texts) if texts else None), context)
        elapsed += time.perf_counter() - started
        result = ArticleResult(path.stem, label.get("split", "seed"), {}, found=guesses)
        curated = frozenset(m.metric for m in context.metrics.metrics)
        for kind in KINDS:
            result.scores[kind], result.missed[kind], result.wrong[kind] = score(
                kind, label.get(kind, []), guesses[kind], curated
            )
        result.scores[ANY_METRIC] = score(
            "statistics", label.get("statistics", []), guesses["statistics"], None
        )[0]
        results.append(result)
    _mark_tune_parts(results)
    rate = len(files) / elapsed if elapsed else 0.0
    return results, rate


def _mark_tune_parts(results: list[ArticleResult]) -> None:
    tune = sorted((r for r in results if r.split == "tune"), key=lambda r: r.name)
    for index, result in enumerate(tune):
        result.part = "b" if index % TUNE_CHECK_EVERY == TUNE_CHECK_EVERY - 1 else "a"


def missing_texts(labels_dir: Path, texts: Path) -> list[str]:
    """Label files whose article text the texts directory lacks."""
    return [p.stem for p in sorted(Path(labels_dir).glob("*.json")) if not (texts / f"{p.stem}.txt").exists()]


def totals(results: list[ArticleResult], split: str | None = None) -> dict[str, Score]:
    out = {kind: Score() for kind in (*KINDS, ANY_METRIC)}
    for result in results:
        if split is None or result.split == split:
            for kind in out:
                out[kind].add(result.scores[kind])
    return out


def macro_f1(results: list[ArticleResult], kind: str) -> float:
    """F1 averaged over the articles that state or are given records of this kind: no single long list
    decides it."""
    scores = [r.scores[kind] for r in results if r.scores[kind].tp + r.scores[kind].fp + r.scores[kind].fn]
    return sum(s.f1 for s in scores) / len(scores) if scores else 1.0


def f1_interval(results: list[ArticleResult], kind: str, draws: int = 2000) -> tuple[float, float]:
    """A 95% interval of the pooled F1, the articles drawn again with replacement (a fixed seed, so a run
    is repeatable): how far a set of 25 articles may be from the articles it stands for."""
    counts = np.array([(r.scores[kind].tp, r.scores[kind].fp, r.scores[kind].fn) for r in results], float)
    if not len(counts):
        return (1.0, 1.0)
    picks = np.random.default_rng(0).integers(len(counts), size=(draws, len(counts)))
    tp, fp, fn = counts[picks].sum(axis=1).T
    found, stated = tp + fp, tp + fn
    precision = np.divide(tp, found, out=np.ones_like(tp), where=found > 0)
    recall = np.divide(tp, stated, out=np.ones_like(tp), where=stated > 0)
    both = precision + recall
    f1 = np.divide(2 * precision * recall, both, out=np.zeros_like(tp), where=both > 0)
    low, high = np.percentile(f1, [2.5, 97.5])
    return (float(low), float(high))
