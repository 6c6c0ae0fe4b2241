"""A curated metric only when the figure's words clearly fit it: a figure of a plan or a risk, an increment,
the members of some other body, or words that set another metric apart get a proposed metric instead."""

from __future__ import annotations

from accountability.ingest import extract_figures
from accountability.ingest.metrics import MetricIndex
from tests.ingest_helpers import view

METRICS = [
    {
        "metric": "core_group_countries",
        "label": "Core Group countries",
        "unit": "countries",
        "description": "States in the Core Group.",
    },
    {"metric": "pledge_gbp", "label": "Pledge (GBP)", "unit": "GBP", "description": "Money pledged."},
    {
        "metric": "countries_participating",
        "label": "Countries participating",
        "unit": "countries",
        "description": "Countries that attended a conference.",
    },
]


def _metric(metric: str, label: str, unit: str) -> dict[str, str]:
    return {"metric": metric, "label": label, "unit": unit, "description": ""}


def metrics_of(text: str, published: str = "2024-06-20") -> list[tuple[float, str]]:
    document = view(text, published, more=True, extra={"metrics": METRICS})
    return [(float(p.fields["value"]), p.fields["metric"]) for p in extract_figures.extract(document, "doc")]


def test_words_that_set_another_metric_of_the_unit_apart_leave_the_figure_to_a_proposed_metric():
    index = MetricIndex(
        [
            _metric("suspects_notified", "Suspects notified", "people"),
            _metric("people_deported", "People deported", "people"),
        ]
    )
    sentence = "Police have notified 14 people who took part in deporting children of suspicion."
    assert index.resolve("people", "people notified", sentence) is None
    plain = "Police have notified 14 people of suspicion."
    assert index.resolve("people", "people notified", plain).metric == "suspects_notified"


def test_a_figure_of_what_may_happen_is_no_count_of_what_happened():
    ((_, metric),) = metrics_of("Some 900 children in the occupied towns are at risk of deportation.")
    assert metric != "children_deported"
    ((_, metric),) = metrics_of("The court plans to open three investigations into the shelling.")
    assert metric != "war_crimes_investigations_open"


def test_states_added_are_no_count_of_the_coalition():
    ((_, metric),) = metrics_of("Four more countries joined the Core Group last week.")
    assert metric != "core_group_countries"


def test_the_members_of_the_body_a_sentence_names_are_no_count_of_the_article_coalition():
    text = (
        "Chile has joined the Core Group. The Council of Europe, with its 46 member states, "
        "backs the agreement."
    )
    assert [m for _, m in metrics_of(text)] != ["core_group_countries"]


def test_states_acting_together_in_a_coalition_story_are_its_count():
    text = 'Chile has joined the Core Group. "Twenty-eight states now act together," the minister said.'
    assert metrics_of(text) == [(28, "core_group_countries")]


def test_which_states_refers_back_and_reports_no_figure():
    assert metrics_of("Two states joined the Core Group. Nobody said which two states did so.") == [
        (2, "core_group_countries")
    ]


def test_money_for_a_court_given_as_support_is_a_pledge_whatever_others_do_next():
    text = "Britain is raising its support for the court to £2 million, and others are expected to follow."
    assert metrics_of(text) == [(2_000_000, "pledge_gbp")]


def test_states_represented_at_a_meeting_take_part_in_it():
    text = "Over 30 nations will be represented at the meeting."
    assert metrics_of(text) == [(30, "countries_participating")]


def test_a_rival_word_counts_only_within_the_unit_it_counts():
    index = MetricIndex(
        [
            _metric("children_returned", "Children returned", "children"),
            _metric("aggression_cases", "Aggression cases", "cases"),
        ]
    )
    sentence = "Some 50 children taken to the aggressor state were returned."
    assert index.resolve("children", "children returned", sentence).metric == "children_returned"
