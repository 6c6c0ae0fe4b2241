"""A figure meets a curated metric by what its words mean: the concept words a text uses for suspects,
indictments, interviews, signing and taking part, hedges that do not narrow a count, and a year named
as the period before a metric of one year."""

from __future__ import annotations

import pytest

from accountability.ingest import extract_figures
from tests.ingest_helpers import view

METRICS = [
    ("suspects_notified", "Suspects notified", "people", "Running total of people notified of suspicion."),
    ("children_returned", "Children returned", "children", "Running total of children brought back."),
    ("witness_interviews", "Witness interviews", "interviews", "Interviews with witnesses."),
    (
        "indictments_sent_to_court",
        "Indictments sent to court",
        "people",
        "People whose indictments went to court.",
    ),
    ("countries_signed", "Countries signing", "countries", "Countries signing or joining a declaration."),
    (
        "countries_participating",
        "Countries participating",
        "countries",
        "Countries that attended a conference.",
    ),
    ("war_crimes_registered", "War crimes registered", "cases", "Running total of war crimes registered."),
    (
        "war_crimes_registered_in_year",
        "War crimes registered in the year",
        "cases",
        "War crimes of one year.",
    ),
    ("convictions_in_year", "Convictions in the year", "verdicts", "Verdicts of one calendar year."),
    (
        "ukrainians_deported_or_detained",
        "Ukrainians deported or detained by Russia",
        "people",
        "Ukrainian civilians deported to Russia or detained.",
    ),
    ("children_deported", "Children deported", "children", "Children deported to Russia."),
]
EXTRA = {
    "metrics": [dict(zip(("metric", "label", "unit", "description"), row, strict=True)) for row in METRICS]
}


def metric_of(sentence: str) -> list[str]:
    found = extract_figures.extract(view(sentence, "2024-06-20", extra=EXTRA), "doc-test")
    return [p.fields["metric"] for p in found]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("Detectives say they have identified 230 perpetrators so far.", "suspects_notified"),
        ("By the spring roughly 150 people had been indicted.", "indictments_sent_to_court"),
        ("Local police have held more than 9,000 interviews since the spring.", "witness_interviews"),
        ("Some 35 countries have joined the appeal to try the crimes.", "countries_signed"),
        ("Delegations from 48 states arrived in Vienna for the talks.", "countries_participating"),
        ("Some 30 countries negotiated the text of the treaty.", "countries_participating"),
    ],
)
def test_a_concept_word_stands_for_the_metric_it_means(sentence, metric):
    assert metric_of(sentence) == [metric]


def test_a_hedge_does_not_narrow_what_is_counted():
    alleged = "Prosecutors now look into 95,000 alleged war crimes registered."
    assert metric_of(alleged) == ["war_crimes_registered"]
    assert metric_of("They registered 95,000 suspected war crimes.") == ["war_crimes_registered"]


def test_a_metric_of_one_year_needs_a_year_named_as_the_period():
    since = "Since the attack almost three years ago, 95,000 war crimes were registered."
    assert metric_of(since) == ["war_crimes_registered"]
    one_year = "Prosecutors registered 31,000 war crimes during the year."
    assert metric_of(one_year) == ["war_crimes_registered_in_year"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 March, nine children were returned to their families from occupied areas.",
        "The ombudsman welcomed the return of 17 children to Ukraine.",
    ],
)
def test_the_count_of_one_happening_is_no_running_total(sentence):
    assert metric_of(sentence) != ["children_returned"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 March, the office said 520 children had been returned in all.",
        "As of 4 March, a total of 520 children were returned from occupied areas.",
    ],
)
def test_a_running_total_keeps_its_metric_though_dated(sentence):
    assert metric_of(sentence) == ["children_returned"]


def test_an_aside_naming_companions_leaves_the_verb_to_the_counted_subject():
    text = "More than 40 interested states, along with the EU, took a hand in drafting the treaty."
    assert metric_of(text) == ["countries_participating"]


def test_a_group_of_states_that_met_is_all_of_them_not_a_batch():
    text = "Delegates from a wide group of over 40 states gathered for the third round of talks."
    assert metric_of(text) == ["countries_participating"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Over 60,000 Ukrainians have gone missing since the Russian invasion, the ombudsman said.",
        "Some 45,000 people were reported missing in Ukraine over the last year.",
    ],
)
def test_nation_or_period_words_alone_do_not_make_a_metric(sentence):
    assert metric_of(sentence) != ["ukrainians_deported_or_detained"]
    assert metric_of(sentence) != ["convictions_in_year"]


def test_children_taken_to_russia_were_deported():
    assert metric_of("At least 21,000 children were taken to Russia, officials say.") == ["children_deported"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Six children have been returned to their families under the rescue plan.",
        "Volunteers said seven children from occupied areas have returned home.",
    ],
)
def test_a_handful_of_children_returned_is_one_group_not_the_running_total(sentence):
    assert "children_returned" not in metric_of(sentence)


def test_hundreds_returned_still_make_the_running_total():
    assert metric_of("Some 640 children have been returned to their families.") == ["children_returned"]
