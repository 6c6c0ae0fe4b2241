"""The labelled evaluation: the matching rules, and the quality targets on the articles written in
our own words and, where their texts are present, on published articles."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from accountability.__main__ import main
from accountability.config import ROOT
from accountability.ingest.evaluate import ArticleResult, Score, evaluate, f1_interval, matches, score, totals

LABELS = ROOT / "tests" / "ingest_labels"
REAL = LABELS / "real"
TARGETS = {"statistics": 0.8, "memberships": 0.7, "events": 0.6}
# The published set's F1 as it stands, kept from falling; the aims are figures 0.85, memberships 0.8 and
# events 0.7 on both parts (the README's ingest section gives the scores and what still fails). The
# held-out floors are just below the held-out part's blind scores (rounds 12 and 13, 27 articles).
REAL_FLOORS = {
    "tune": {"statistics": 0.81, "memberships": 0.86, "events": 0.64},
    "heldout": {"statistics": 0.55, "memberships": 0.52, "events": 0.55},
}
TEXTS = os.environ.get("ACCOUNTABILITY_EVAL_TEXTS", "")


def test_figures_match_on_value_qualifier_and_unit_family():
    label = {"value": 45, "qualifier": "exact", "unit": "countries"}
    assert matches("statistics", label, {"value": 45.0, "qualifier": "exact", "unit": "countries"})
    assert not matches("statistics", label, {"value": 45.0, "qualifier": "more_than", "unit": "countries"})
    assert not matches("statistics", label, {"value": 46.0, "qualifier": "exact", "unit": "countries"})
    assert not matches("statistics", label, {"value": 45.0, "qualifier": "exact", "unit": "people"})


def test_figures_match_only_with_an_acceptable_metric():
    curated = frozenset({"convictions", "suspects_notified"})
    label = {"value": 12, "qualifier": "exact", "unit": "people", "metric": "convictions"}
    guess = {"value": 12.0, "qualifier": "exact", "unit": "people", "metric": "convictions"}
    assert matches("statistics", label, guess, curated)
    assert not matches("statistics", label, {**guess, "metric": "percent"}, curated)
    assert not matches("statistics", label, {**guess, "metric": "suspects_notified"}, curated)
    assert matches("statistics", label, {**guess, "metric": "percent"}, None)  # the metric left out
    also = {**label, "metric_accepted": ["verdicts"]}
    assert matches("statistics", also, {**guess, "metric": "verdicts"}, curated)
    # A label whose metric the labeller proposed accepts a metric the ingest proposes, not a curated one.
    proposed = {**label, "metric": "murder_convictions"}
    assert matches("statistics", proposed, {**guess, "metric": "people_convicted_of_murder"}, curated)
    assert not matches("statistics", proposed, guess, curated)


def test_memberships_match_on_member_coalition_and_join_month():
    label = {"coalition": "jit", "member": "EST", "joined": "2022-05"}
    guess = {"coalition": "jit", "member": "EST", "joined": "2022-05-31"}
    assert matches("memberships", label, guess)
    assert not matches("memberships", label, {**guess, "joined": "2022-06-01"})
    assert not matches("memberships", label, {**guess, "joined": "2022"})
    assert matches("memberships", {**label, "joined": "2022"}, {**guess, "joined": "2022-06"})
    assert not matches("memberships", label, {**guess, "coalition": ""})


def test_events_match_on_date_precision_and_half_the_title_words():
    label = {
        "date": "2022-07-14",
        "date_precision": "day",
        "title": "Countries signed a declaration in The Hague",
    }
    guess = {
        "date": "2022-07-14",
        "date_precision": "day",
        "title": "45 countries signed the political declaration",
    }
    assert matches("events", label, guess)
    assert not matches("events", label, {**guess, "date_precision": "month", "date": "2022-07"})
    assert not matches("events", label, {**guess, "title": "Missiles struck Vinnytsia"})


def test_optional_labels_are_neither_missed_nor_wrong():
    labels = [{"member": "EST", "coalition": "jit"}, {"member": "EU", "coalition": "jit", "optional": True}]
    result, missed, wrong = score("memberships", labels, [{"member": "EU", "coalition": "jit"}])
    assert (result.tp, result.fp, result.fn) == (0, 0, 1) and missed == [labels[0]] and wrong == []


def test_the_extractors_meet_the_targets_on_seed_and_unseen_articles():
    results, rate = evaluate(LABELS)
    assert {r.split for r in results} == {"seed", "unseen"} and len(results) == 10
    for split in ("seed", "unseen"):
        scores = totals(results, split)
        for kind, target in TARGETS.items():
            assert scores[kind].f1 >= target, (split, kind, scores[kind])
    assert rate > 5  # articles per second, far below what it does, to stay stable on slow machines


def test_the_command_prints_the_table(capsys, monkeypatch):
    monkeypatch.delenv("ACCOUNTABILITY_EVAL_TEXTS", raising=False)
    assert main(["ingest-eval"]) == 0
    out = capsys.readouterr().out
    assert "written       figures" in out and "articles/s" in out
    assert "published set not scored" in out


def test_published_texts_are_read_from_the_named_directory(tmp_path, capsys):
    labels = tmp_path / "labels"
    (labels / "real").mkdir(parents=True)
    (labels / "context").mkdir()
    (labels / "real" / "context").mkdir()
    label = {
        "split": "tune",
        "published": "2023-03-02",
        "memberships": [{"coalition": "JIT", "member": "EST", "joined": "2023-03"}],
        "statistics": [{"value": 12, "qualifier": "exact", "unit": "countries"}],
    }
    (labels / "real" / "real_001.json").write_text(json.dumps(label), encoding="utf-8")
    (labels / "real" / "real_002.json").write_text(
        json.dumps({**label, "split": "heldout"}), encoding="utf-8"
    )
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "real_001.txt").write_text("Estonia joined the JIT today, the twelfth country to do so.\n")
    assert main(["ingest-eval", "--labels", str(labels), "--texts", str(texts)]) == 0
    out = capsys.readouterr().out
    assert "real-tune" in out and "real-heldout" not in out
    assert "without a text" in out and "real_002" in out


def test_the_tune_part_is_halved_every_third_file_by_name(tmp_path):
    real = tmp_path / "real"
    (real / "context").mkdir(parents=True)
    texts = tmp_path / "texts"
    texts.mkdir()
    for n in range(7):
        split = "heldout" if n == 3 else "tune"
        (real / f"real_{n}.json").write_text(json.dumps({"split": split}), encoding="utf-8")
        (texts / f"real_{n}.txt").write_text("Nothing happened.\n", encoding="utf-8")
    results, _ = evaluate(real, texts=texts)
    parts = {r.name: r.part for r in results}
    assert parts == {
        "real_0": "a",
        "real_1": "a",
        "real_2": "b",
        "real_3": "",
        "real_4": "a",
        "real_5": "a",
        "real_6": "b",
    }
    assert [r.name for r in results if r.in_set("real-tune-b")] == ["real_2", "real_6"]
    assert len([r for r in results if r.in_set("real-tune")]) == 6


def _real_texts() -> Path:
    if not TEXTS:
        pytest.skip("published articles' texts are not in the repository: set ACCOUNTABILITY_EVAL_TEXTS")
    if not Path(TEXTS).is_dir():
        pytest.skip(f"ACCOUNTABILITY_EVAL_TEXTS={TEXTS} is not a directory")
    return Path(TEXTS)


def _labelled(split: str) -> bool:
    labels = (json.loads(path.read_text(encoding="utf-8")) for path in REAL.glob("real_*.json"))
    return any(label.get("split") == split for label in labels)


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_the_extractors_keep_their_scores_on_published_articles(split):
    if not _labelled(split):
        # Between rounds: the last held-out part is tune now, the next one is being labelled apart.
        pytest.skip(f"no label file of the {split} split in {REAL.relative_to(ROOT)}")
    results, _ = evaluate(REAL, texts=_real_texts())
    chosen = [r for r in results if r.split == split]
    if not chosen:
        pytest.skip(f"no {split} article has its text in {TEXTS}")
    scores = totals(chosen)
    for kind, floor in REAL_FLOORS[split].items():
        assert scores[kind].f1 >= floor, (split, kind, scores[kind])


def test_the_f1_interval_is_as_wide_as_the_articles_disagree():
    def articles(*counts):
        kinds = ("events", "memberships", "statistics", "statistics, any metric")
        return [
            ArticleResult(f"a{n}", "heldout", {k: Score(*c) for k in kinds}) for n, c in enumerate(counts)
        ]

    alike = articles(*[(3, 1, 1)] * 20)
    assert f1_interval(alike, "events") == pytest.approx((0.75, 0.75))
    mixed = articles(*[(4, 0, 0)] * 10, *[(0, 2, 2)] * 10)
    low, high = f1_interval(mixed, "events")
    pooled = totals(mixed)["events"].f1
    assert 0 < low < pooled < high < 1 and high - low > 0.2
    assert f1_interval(mixed, "events") == (low, high)  # repeatable
