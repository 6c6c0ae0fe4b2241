"""The labelled evaluation: the matching rules, and the quality targets on seed and unseen articles."""

from __future__ import annotations

from accountability.__main__ import main
from accountability.config import ROOT
from accountability.ingest.evaluate import evaluate, matches, score, totals

LABELS = ROOT / "tests" / "ingest_labels"
TARGETS = {"statistics": 0.8, "memberships": 0.7, "events": 0.6}


def test_figures_match_on_value_qualifier_and_unit_family():
    label = {"value": 45, "qualifier": "exact", "unit": "countries"}
    assert matches("statistics", label, {"value": 45.0, "qualifier": "exact", "unit": "countries"})
    assert not matches("statistics", label, {"value": 45.0, "qualifier": "more_than", "unit": "countries"})
    assert not matches("statistics", label, {"value": 46.0, "qualifier": "exact", "unit": "countries"})
    assert not matches("statistics", label, {"value": 45.0, "qualifier": "exact", "unit": "people"})


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


def test_the_command_prints_the_table(capsys):
    assert main(["ingest-eval"]) == 0
    out = capsys.readouterr().out
    assert "unseen   statistics" in out and "articles/s" in out
