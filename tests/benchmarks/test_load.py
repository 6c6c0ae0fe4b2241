"""The load tool speaks Streamlit's websocket protocol to a real server, as the frontend does."""

from __future__ import annotations

import asyncio
import os
import random
import time
from urllib.parse import parse_qs

from benchmarks.load import Process, Reader, read, shared_links
from tests.e2e import driver


def test_a_reader_opens_a_shared_link_and_changes_filters(fixture_dir):
    links = shared_links(fixture_dir)
    path, link = links[0]
    reader = Reader()
    with driver.serve(fixture_dir) as base:
        asyncio.run(read(base, path, link, changes=3, think=0.01, rng=random.Random(2),
                         until=time.monotonic() + 120, reader=reader))
    assert reader.errors == []
    assert [kind for kind, _ in reader.interactions] == ["open", "change", "change", "change"]
    assert reader.runs >= 4  # a first request to a page's address may run the script twice


def test_every_page_of_the_load_has_a_link_with_two_states_and_two_dates(fixture_dir):
    links = shared_links(fixture_dir)
    assert [path for path, _ in links] == ["/timeline", "/coalitions", "/cases", "/"]
    for _, link in links:
        query = parse_qs(link)
        assert len(query["country"]) == 2 and len(query["dates"]) == 2


def test_a_process_reports_its_cpu_time_and_memory():
    me = Process(os.getpid())
    sum(i * i for i in range(200_000))
    assert me.cpu_seconds() > 0
    assert 10 < me.rss_mb() < 10_000
