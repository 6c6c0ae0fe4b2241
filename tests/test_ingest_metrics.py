"""Which metric a figure gets: by what its words mean, for the coalition a sentence only describes or the
article is about, once for a figure repeated from the headline, twice for one value with two meanings."""

from __future__ import annotations

from dataclasses import replace

import pytest

from accountability.ingest import extract_figures
from accountability.ingest.metrics import MetricIndex
from tests.ingest_helpers import view

METRICS = [
    {
        "metric": "civilians_killed",
        "label": "Civilians killed",
        "unit": "people",
        "description": "Civilians killed since the invasion.",
    },
    {
        "metric": "core_group_countries",
        "label": "Core Group countries",
        "unit": "countries",
        "description": "States in the Core Group.",
    },
    {
        "metric": "war_crimes_registered",
        "label": "War crimes registered",
        "unit": "cases",
        "description": "War-crime proceedings registered, war crimes only.",
    },
    {
        "metric": "aggression_and_war_crimes_registered",
        "label": "Aggression and war crimes registered",
        "unit": "cases",
        "description": "Proceedings for the crime of aggression and war crimes together.",
    },
]


def found(text: str, title: str = "") -> list[tuple[float, str, str]]:
    """(value, unit, metric) of each figure of a short article, over the fuller context with METRICS."""
    document = replace(view(text, "2024-06-20", more=True, extra={"metrics": METRICS}), title=title)
    return [
        (float(p.fields["value"]), p.fields["unit"], p.fields["metric"])
        for p in extract_figures.extract(document, "doc-test")
    ]


@pytest.mark.parametrize(
    ("sentence", "not_metric"),
    [
        # The counted noun names people the metric does not speak of.
        ("Prosecutors looked into the killing of 41 prisoners of war.", "civilians_killed"),
        # A narrower count than the metric's: suspects of one crime.
        ("Police named 64 suspects of premeditated murder.", "suspects_notified"),
        # What was done to them is not what the metric counts.
        ("Russia has adopted 250 Ukrainian children.", "children_returned"),
        # Crimes of another kind.
        ("Investigators registered 9,100 crimes against the national security.", "war_crimes_registered"),
    ],
)
def test_a_curated_metric_is_not_taken_for_words_it_does_not_speak_of(sentence, not_metric):
    ((_, _, metric),) = found(sentence)
    assert metric != not_metric


def test_the_same_words_still_find_their_metric():
    assert found("So far 12 civilians were killed.") == [(12, "people", "civilians_killed")]


def test_a_coalition_described_by_its_purpose_is_the_coalition_of_that_purpose():
    text = "Twenty-six states have joined the coalition that supports the creation of the Special Tribunal."
    assert found(text) == [(26, "countries", "core_group_countries")]


def test_a_bare_count_of_states_counts_the_coalition_the_article_is_about():
    text = (
        "Chile has joined the Core Group. Its members met in Vienna. Today 28 states take part. "
        "Last month, it was 27."
    )
    assert [(v, m) for v, _, m in found(text)] == [(28, "core_group_countries"), (27, "core_group_countries")]


def test_states_that_only_intend_to_join_are_no_count_of_members():
    text = "Chile has joined the Core Group. Two more countries are willing to join."
    assert [m for *_, m in found(text)] != ["core_group_countries"]


def test_a_count_of_part_of_another_body_is_no_count_of_the_coalition():
    text = "The Core Group has grown. It now has 20 member states of the European Union among its members."
    assert [m for *_, m in found(text)] != ["core_group_countries"]


def test_a_headline_figure_takes_the_body_metric_that_says_more():
    title = "Over 4,500 war crimes registered"
    text = f"{title}\n\nProsecutors registered more than 4,500 crimes of aggression and war crimes so far."
    assert found(text, title) == [(4500, "cases", "aggression_and_war_crimes_registered")]


def test_one_value_with_two_meanings_in_the_body_gives_two_figures():
    text = "By May, 250 children had been returned home. Officials say Russia has adopted 250 Ukrainian kids."
    metrics = [m for *_, m in found(text)]
    assert metrics[0] == "children_returned" and len(metrics) == 2 and metrics[1] != "children_returned"


def test_representatives_are_people_and_associated_members_are_members():
    assert [u for _, u, _ in found("The suspects are 31 representatives of the army.")] == ["people"]
    assert [u for _, u, _ in found("It was also signed by 5 associated members.")] == ["members"]


def test_two_metrics_the_words_fit_equally_leave_the_figure_to_a_proposed_metric():
    index = MetricIndex(
        [
            {"metric": "drones_downed", "label": "Drones downed", "unit": "drones", "description": ""},
            {"metric": "drones_launched", "label": "Drones launched", "unit": "drones", "description": ""},
        ]
    )
    assert index.resolve("drones", "drones", "Of 40 drones launched, 30 were downed.") is None
    assert (
        index.resolve("drones", "drones", "Russia launched 40 drones overnight.").metric == "drones_launched"
    )


MORE_METRICS = [
    *METRICS,
    {"metric": "children_held", "label": "Children held by Russia", "unit": "children", "description": ""},
    {"metric": "indictments", "label": "Indictments sent to court", "unit": "people", "description": ""},
    {
        "metric": "investigations_open",
        "label": "War crimes investigations open",
        "unit": "investigations",
        "description": "",
    },
]


def _metric_of(sentence: str) -> str:
    document = view(sentence, "2024-06-20", more=True, extra={"metrics": MORE_METRICS})
    ((_, _, metric),) = [
        (p.fields["value"], p.fields["unit"], p.fields["metric"])
        for p in extract_figures.extract(document, "doc-test")
    ]
    return metric


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # A state's name in the metric's label is no evidence: the other words decide.
        ("Russia keeps 120 children in camps far from home.", "children_held"),
        ("The deportation of 120 children to Russia is confirmed.", "children_deported"),
        # 'charged' servicemen are notified suspects; indictments 'submitted' are sent.
        ("Some 1,200 Russian servicemen have been charged so far.", "suspects_notified"),
        ("Prosecutors say 310 indictments have been submitted to court.", "indictments"),
        # 'committed by' says who, not what is counted.
        ("Officials documented 5,000 war crimes committed by the occupiers.", "war_crimes_registered"),
    ],
)
def test_a_metric_is_found_by_the_words_that_say_what_is_counted(sentence, metric):
    assert _metric_of(sentence) == metric


@pytest.mark.parametrize(
    ("sentence", "not_metric"),
    [
        ("We ask Russia to begin with the 120 children named by Ukraine.", "children_held"),
        ("The office runs 12 investigations into attacks on dams.", "investigations_open"),
    ],
)
def test_a_name_or_a_narrower_subject_finds_no_curated_metric(sentence, not_metric):
    assert _metric_of(sentence) != not_metric


def test_a_count_of_crimes_needs_the_kind_of_crime_the_metric_names():
    index = MetricIndex(METRICS)
    other = "So far 8,200 crimes linked to the occupation were registered."
    assert index.resolve("cases", "crimes", other) is None
    text = "So far 8,200 crimes involving breaches of the laws and customs of war were registered."
    assert index.resolve("cases", "crimes", text).metric == "war_crimes_registered"
