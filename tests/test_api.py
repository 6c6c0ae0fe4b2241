"""The data API: the rows a page shows at the address of its link, cached, and plain words for bad input."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from functools import partial
from xml.etree import ElementTree

import pytest

from accountability import api, db, page_data, releases
from accountability.api_data import RESOURCES
from accountability.filters import Filters
from benchmarks.synth import synthesize
from tests import api_client
from tests.api_client import asgi_get, get, get_json
from tests.fixture_data import write_curated

RANGE = "dates=2022-01-01&dates=2024-12-31"


@pytest.fixture
def served(fixture_dir, monkeypatch):
    api_client.use(monkeypatch, fixture_dir)
    yield fixture_dir
    api_client.reset()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    data = tmp_path_factory.mktemp("synthetic")
    synthesize(600, data, seed=3, progress=lambda _: None)
    return data


def page_query(data):
    return partial(db.run, db.connect(data))


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_every_data_route_answers_rows_with_columns_filters_release_and_licence(served, name):
    document = get_json(f"/api/v1/{name}.json")
    assert document["rows"] and document["total"] >= len(document["rows"])
    assert [c["name"] for c in document["columns"]] == list(document["rows"][0])
    assert {"countries", "start", "end", "include_candidates"} <= set(document["filters"])
    assert document["licence"]["name"] and document["notices"] == []
    assert "release" in document


@pytest.mark.parametrize("name", sorted(RESOURCES))
def test_the_csv_of_a_route_holds_the_rows_of_its_json(served, name):
    rows = list(csv.DictReader(io.StringIO(get(f"/api/v1/{name}.csv").body.decode("utf-8"))))
    document = get_json(f"/api/v1/{name}.json")
    assert len(rows) == len(document["rows"]) and list(rows[0]) == list(document["rows"][0])


def test_every_record_carries_its_citations(served):
    for name, key in (("events", "event_id"), ("memberships", "membership_id"), ("statistics", "stat_id")):
        for row in get_json(f"/api/v1/{name}.json")["rows"]:
            assert row["citations"], f"{name} {row[key]} has no citation"
            assert {"source_id", "title", "url", "quote"} <= set(row["citations"][0])


def test_a_timeline_link_returns_the_events_its_page_shows(served):
    link = f"country=LTU&{RANGE}"
    filters = Filters(date(2022, 1, 1), date(2024, 12, 31), ("LTU",))
    _, table = page_data.timeline(page_query(served), filters, {})
    document = get_json(f"/api/v1/events.json?{link}")
    assert [r["event_id"] for r in document["rows"]] == list(table.rows["event_id"])
    assert document["filters"]["countries"] == ["LTU"] and document["query"] == link


def test_a_link_to_the_second_page_of_a_table_returns_that_page(synthetic, monkeypatch):
    api_client.use(monkeypatch, synthetic)
    query = page_query(synthetic)
    bar = page_data.sidebar(query)
    _, table = page_data.timeline(query, Filters(*bar.span), {}, page=1)
    document = get_json("/api/v1/events.json?events_page=2")
    assert [r["event_id"] for r in document["rows"]] == list(table.rows["event_id"])
    assert document["offset"] == page_data.PAGE_SIZE and document["total"] == table.total
    assert document["next"].endswith(f"offset={2 * page_data.PAGE_SIZE}")
    api_client.reset()


def test_a_case_link_returns_the_figures_of_its_metric(served):
    filters = Filters(date(2022, 1, 1), date(2024, 12, 31))
    query = page_query(served)
    metric = page_data.metric_choices(query, filters).set_index("metric").loc["cases"]
    metric["metric"] = "cases"
    _, table = page_data.metric_series(query, filters, {}, metric)
    document = get_json(f"/api/v1/statistics.json?{RANGE}&metric=Cases+registered")
    assert [r["stat_id"] for r in document["rows"]] == list(table.rows["stat_id"])
    assert document["filters"]["metric"] == "cases"


def test_a_coalition_link_returns_the_members_its_page_lists(served):
    filters = Filters(date(2022, 1, 1), date(2024, 12, 31), ("UKR",))
    members = page_data.coalition_members(page_query(served), filters, "register")
    document = get_json(f"/api/v1/memberships.json?country=UKR&{RANGE}&coalition=register")
    assert [r["membership_id"] for r in document["rows"]] == list(members.rows["membership_id"])


def test_one_record_comes_with_its_citations(served):
    document = get_json("/api/v1/records/m-1.json")
    assert document["record_table"] == "memberships" and document["record"]["actor_id"] == "LTU"
    assert document["citations"][0]["quote"] == "Lithuania and Poland signed"


def test_a_second_identical_request_costs_no_query(served, monkeypatch):
    runs = []
    original = db.run_query
    monkeypatch.setattr(db, "run_query", lambda *a, **k: runs.append(a[1].name) or original(*a, **k))
    address = f"/api/v1/statistics.json?country=POL&{RANGE}"
    first = get(address)
    assert runs
    count = len(runs)
    again = get(address)
    assert len(runs) == count and again.body == first.body


def test_answers_carry_an_etag_and_a_repeat_with_it_gets_304(served):
    status, headers, body = asgi_get("/api/v1/events.json?country=LTU")
    assert status == 200 and headers["cache-control"].startswith("public") and headers["etag"]
    assert headers["x-content-type-options"] == "nosniff"
    status, headers, body = asgi_get("/api/v1/events.json?country=LTU", {"If-None-Match": headers["etag"]})
    assert status == 304 and body == b""


@pytest.mark.parametrize(
    "query, words",
    [
        ("limit=100000", "from 1 to 1,000"),
        ("limit=-1", "whole number"),
        ("offset=abc", "whole number"),
        ("offset=" + "9" * 5_000, "whole number"),
        ("limit=1&limit=2", "give it once"),
        ("country=" + "x" * 9000, "at most 8,192"),
        ("&".join(["country=LTU"] * 250), "at most 200"),
        ("&".join(f"k{i}=1" for i in range(500)), "at most 400"),
    ],
)
def test_bad_input_gets_a_400_in_plain_words(served, query, words):
    answer = get(f"/api/v1/events.json?{query}")
    document = json.loads(answer.body)
    assert answer.status == 400 and words in document["error"]
    assert "Traceback" not in document["error"]


@pytest.mark.parametrize(
    "address",
    [
        "/api/v1/nothing.json", "/api/v1/events.xml", "/api/v1/records/nope.json", "/api/v2/events.json",
        "/api/v1/records/..%2f..%2fetc%2fpasswd.json", "/api",
    ],
)
def test_an_unknown_address_gets_a_404_in_json(served, address):
    status, headers, body = asgi_get(address)
    assert status == 404 and headers["content-type"].startswith("application/json")
    assert json.loads(body)["error"].startswith(("There is nothing", "No record"))


@pytest.mark.parametrize(
    "query, notice",
    [
        ("candidates=maybe", "candidates=“maybe”: it must be true or false"),
        ("dates=20220101&dates=20221231", "dates must be written YYYY-MM-DD"),
        ("country=XXX&country=XXX&country=LTU", "Ignored unknown country codes: “XXX”."),
        ("country=%00%1b%5B31m", "“\\x00\\x1b[31m”"),
        ("colour=red&colour=blue", "Ignored unknown link parameters: “colour”."),
        ("metric=nothing", "Ignored unknown metrics: “nothing”."),
    ],
)
def test_values_the_api_ignores_are_named_in_a_notice(served, query, notice):
    document = get_json(f"/api/v1/statistics.json?{query}")
    assert any(notice in n for n in document["notices"]), document["notices"]


def test_the_release_and_its_changes_are_served(tmp_path, monkeypatch):
    write_curated(tmp_path)
    first, _ = releases.cut(tmp_path, date(2024, 1, 1))
    api_client.use(monkeypatch, tmp_path)
    document = get_json("/api/v1/release.json")
    assert document["release"] == first["id"] and document["counts"]["events"] == 4
    assert document["history"] == [first["id"]] and document["damaged"] == []
    feed = ElementTree.fromstring(get("/api/v1/changes.atom").body)
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    api_client.reset()


def test_the_answer_cache_drops_the_least_recently_used_beyond_its_bounds():
    cache = api.AnswerCache(entries=2, size=1_000)
    for key in "abc":
        cache.put((key,), api.Answer(200, b"x" * 10, "application/json"))
    assert cache.get(("a",)) is None and cache.get(("c",)) is not None
    cache.put(("big",), api.Answer(200, b"x" * 900, "application/json"))  # over an eighth: not kept
    assert cache.get(("big",)) is None
