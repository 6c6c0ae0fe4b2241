"""Which curated metric a reported figure belongs to, or a new metric proposed for it."""

from __future__ import annotations

from dataclasses import dataclass

from .figures import FAMILIES
from .words import content_stems, slug


@dataclass(frozen=True)
class Metric:
    metric: str
    label: str
    unit: str
    description: str
    new: bool = False


def unit_family(unit: str) -> str:
    return FAMILIES.get(unit.lower(), unit.lower()) if unit not in ("USD", "EUR", "GBP", "UAH") else unit


class MetricIndex:
    def __init__(self, curated: list[dict[str, str]]):
        self.metrics = [
            Metric(r["metric"], r["label"], r["unit"], r.get("description", ""))
            for r in curated
            if r.get("metric")
        ]
        self._stems = {
            m.metric: set(content_stems(f"{m.metric.replace('_', ' ')} {m.label}")) for m in self.metrics
        }
        self.proposed: dict[str, Metric] = {}

    def resolve(self, unit: str, noun: str, sentence: str) -> Metric | None:
        """The metric whose name shares the counted words and whose unit fits; None if none is clear."""
        noun_stems = set(content_stems(noun))
        sentence_stems = set(content_stems(sentence))
        scored = []
        for metric in self.metrics:
            names = self._stems[metric.metric]
            same_unit = unit_family(metric.unit) == unit_family(unit)
            score = 2 * len(noun_stems & names) + len(sentence_stems & names) + (3 if same_unit else 0)
            if same_unit and (noun_stems & names or len(sentence_stems & names) >= 2):
                scored.append((score, metric))
            elif not same_unit and len(noun_stems & names) >= 2:
                scored.append((score - 2, metric))
        if not scored:
            return None
        scored.sort(key=lambda s: (-s[0], s[1].metric))
        return scored[0][1]

    def propose(self, unit: str, noun: str, source_id: str) -> Metric:
        """A new metric named after what the figure counts; the same words, the same metric."""
        words = noun or unit or "figure"
        metric_id = slug(" ".join(words.split()[:6]), sep="_") or "figure"
        taken = {m.metric for m in self.metrics}
        base, n = metric_id, 2
        while metric_id in taken and metric_id not in self.proposed:
            metric_id, n = f"{base}_{n}", n + 1
        if metric_id not in self.proposed:
            label = words[0].upper() + words[1:]
            self.proposed[metric_id] = Metric(
                metric_id,
                label,
                unit or "count",
                f"Proposed by ingest from {source_id}, for figures of “{words}”; not reviewed yet.",
                new=True,
            )
        return self.proposed[metric_id]
