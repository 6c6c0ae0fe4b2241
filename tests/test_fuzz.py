"""Hostile links, generated: every API route and every page answers in plain words, never a 500
or a traceback. Bounded and seeded (derandomized) so CI runs the same examples each time;
FUZZ_EXAMPLES raises the count. `python -m benchmarks fuzz` runs thousands against a live server."""

from __future__ import annotations

import json
import os
from urllib.parse import parse_qsl

import pytest
import streamlit as st
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as strategy
from streamlit.testing.v1 import AppTest

from accountability import api
from accountability.api_data import RESOURCES
from benchmarks.hostile import DATES, KEYS, NASTY, ODD_KEYS, encode
from tests import api_client
from tests.test_app import APP, PAGES

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "20"))
PAGE_EXAMPLES = max(2, EXAMPLES // 6)  # a page run costs what a hundred API answers do
ROUTES = [f"{name}.{ext}" for name in RESOURCES for ext in ("json", "csv")] + [
    "records/ev-1.json", "release.json", "changes.atom",
]

values = strategy.one_of(
    strategy.sampled_from(NASTY + DATES),
    strategy.text(max_size=40),
    strategy.text(alphabet=strategy.characters(codec="utf-8"), min_size=1_000, max_size=10_000),
    strategy.builds(lambda a, b: a + b, strategy.sampled_from(NASTY), strategy.text(max_size=10)),
)
pair = strategy.tuples(strategy.sampled_from(KEYS + ODD_KEYS) | strategy.text(max_size=12), values)
repeated = strategy.builds(lambda p, n: [p] * n, pair, strategy.integers(100, 400))
queries = strategy.lists(pair | repeated, max_size=6).map(lambda items: [p for x in items for p in (
    x if isinstance(x, list) else [x])])
HYPOTHESIS = settings(
    max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def served(fixture_dir):
    previous = os.environ.get("ACCOUNTABILITY_DATA")
    os.environ["ACCOUNTABILITY_DATA"] = str(fixture_dir)
    api_client.reset()
    yield fixture_dir
    api_client.reset()
    if previous is None:
        os.environ.pop("ACCOUNTABILITY_DATA", None)
    else:
        os.environ["ACCOUNTABILITY_DATA"] = previous


@pytest.mark.parametrize("route", ROUTES)
def test_any_query_on_any_route_gets_an_answer_in_plain_words(served, route):
    @HYPOTHESIS
    @given(queries)
    def check(items):
        raw = encode(items)
        parsed = parse_qsl(raw, keep_blank_values=True)  # as the server reads the address
        answer = api.answer(route, raw, parsed, "http://testserver")
        assert answer.status in (200, 400, 404), answer.body[:300]
        assert b"Traceback" not in answer.body
        if answer.media_type.startswith("application/json"):
            document = json.loads(answer.body)
            assert answer.status == 200 or document["error"]

    check()


@pytest.mark.parametrize("page", PAGES)
def test_any_link_to_any_page_opens_without_an_exception(app_data, page):
    @settings(HYPOTHESIS, max_examples=PAGE_EXAMPLES)
    @given(queries)
    def check(items):
        st.cache_data.clear()
        at = AppTest.from_file(APP, default_timeout=60)
        link: dict[str, list[str]] = {}
        for key, value in parse_qsl(encode(items), keep_blank_values=True):
            link.setdefault(key, []).append(value)
        for key, values in link.items():
            at.query_params[key] = values
        if page != "overview":
            at.switch_page(f"pages/{page}.py")
        at.run()
        assert not at.exception, [e.value for e in at.exception]

    check()
