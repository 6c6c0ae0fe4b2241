"""Every page links to its data in the API, at the address of the view it shows."""

from __future__ import annotations

import re

import pytest

from accountability.api_data import PAGE_DATA
from tests import api_client
from tests.api_client import get_json
from tests.test_app import PAGES, open_page

LINK = re.compile(r"\[(JSON|CSV)\]\((/api/v1/[^)\s]+)\)")


@pytest.mark.parametrize("page", PAGES)
def test_each_page_opens_its_rows_as_json_and_csv(app_data, monkeypatch, page):
    at = open_page(page, {"country": ["LTU"], "dates": ["2022-01-01", "2024-12-31"]})
    captions = " ".join(c.value for c in at.sidebar.caption)
    links = dict(LINK.findall(captions))
    name = PAGE_DATA["" if page == "overview" else page]
    assert links["JSON"].startswith(f"/api/v1/{name}.json?country=LTU&dates=2022-01-01&dates=2024-12-31")
    assert links["CSV"] == links["JSON"].replace(".json?", ".csv?")
    api_client.use(monkeypatch, app_data)
    document = get_json(links["JSON"])
    assert document["filters"]["countries"] == ["LTU"] and not document["notices"]
    api_client.reset()
