"""Every value of every vocabulary has its definition in the glossary, and nothing more."""

from __future__ import annotations

import pytest

from accountability import glossary, schema

VOCABULARIES = [
    (schema.EVENT_CATEGORIES, glossary.EVENT_CATEGORIES),
    (schema.ROLES, glossary.ROLES),
    (schema.COALITION_KINDS, glossary.COALITION_KINDS),
    (schema.COALITION_KINDS, glossary.JOINED),
    (schema.ACTOR_KINDS, glossary.ACTOR_KINDS),
    (schema.PRECISIONS, glossary.PRECISIONS),
    (schema.QUALIFIERS, glossary.QUALIFIERS),
    (schema.STATUSES, glossary.STATUSES),
    (schema.SOURCE_KINDS, glossary.SOURCE_KINDS),
]


@pytest.mark.parametrize(("values", "words"), VOCABULARIES)
def test_every_vocabulary_value_has_a_definition(values, words):
    assert set(words) == set(values)
    assert all(len(text.split()) >= 4 for text in words.values()), "a definition is a sentence, not a word"


def test_every_role_the_charts_draw_has_a_definition_and_a_pattern():
    from accountability import charts

    assert set(charts.ROLE_ORDER) == set(glossary.ROLES) == set(charts.ROLE_PATTERNS)
