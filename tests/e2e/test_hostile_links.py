"""The nastiest links, opened in a real browser: no script runs, no dialog opens, no exception shows.

In the style of test_journeys.py's MALFORMED links, at a larger scale: scripts in every
parameter a page reads, right-to-left and control characters, SQL fragments, path traversal,
a 10 kB value and hundreds of repeats. And the pages' "Open as JSON" links lead to the data.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

SCRIPT = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2;alert(1)">'
NASTY = {
    "scripts in every parameter": (
        "cases",
        urlencode({"country": SCRIPT, "dates": "javascript:alert(1)", "candidates": SCRIPT, "metric": SCRIPT,
                   "figures_page": SCRIPT, "disagreements_page": "[x](javascript:alert(1))"}),
    ),
    "markdown and html in the picker of a coalition": (
        "coalitions",
        urlencode({"coalition": '[click](javascript:alert(1)) **<svg onload="window.__pwned=3">**',
                   "members_page": "{{7*7}}"}),
    ),
    "unicode, controls and sql": (
        "timeline",
        urlencode([
            ("country", "\u202eUTL\u0000\x1b[31m"), ("country", "' OR 1=1; COPY events TO '/tmp/x' --"),
            ("dates", "２０２２-０１-０１"), ("dates", "20221231"), ("events_page", "../../etc/passwd"),
        ]),
    ),
    "a 10 kB value and 300 repeats": (
        "sources",
        urlencode([("source", "<b>" * 2_500)] + [("country", "XXX")] * 300),
    ),
}


@pytest.mark.parametrize("case", NASTY)
def test_the_nastiest_links_run_no_script_and_show_no_exception(tab, case):
    name, query = NASTY[case]
    visitor = tab()
    visitor.open(name, query)
    assert visitor.page.get_by_text("This link had values the tracker does not know").is_visible()
    assert visitor.page.evaluate("() => window.__pwned") is None
    injected = "main script, main img[src=x], main svg[onload], a[href^=javascript]"
    assert not visitor.page.locator(injected).count()
    visitor.assert_clean()


def test_the_open_as_json_link_of_a_page_returns_what_it_shows(tab):
    visitor = tab()
    visitor.open("timeline", "country=LTU")
    link = visitor.page.locator('[data-testid=stSidebar] a:text-is("JSON")')
    href = link.get_attribute("href")
    assert href.startswith("/api/v1/events.json?country=LTU")
    response = visitor.page.request.get(visitor.base + href)
    assert response.status == 200
    assert [row["title"] for row in json.loads(response.body())["rows"]] == ["Team agreement signed"]
