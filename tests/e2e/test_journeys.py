"""What people do with the dashboard, in a real browser: open pages, filter, share, switch, reload.

The data is the test fixture (tests/fixture_data.py): Lithuania and Poland founded the team
in March 2022 and signed the register in May 2023; Eurojust joined the team; figures are
reported by Ukraine's prosecutors, Eurojust and Poland.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.e2e import driver as browser

CHOSEN = {"Lithuania": "LTU", "Poland": "POL"}
START, END = "2022-01-01", "2023-12-31"
DEFAULT_RANGE = ["2022-03-25", "2024-12-31"]
IN_URL = {"country": list(CHOSEN.values()), "dates": [START, END]}
NOTICE = "This link had values the tracker does not know"


def choose_filters(user, name: str) -> None:
    """Pick two countries by typing and choosing, then type a date range, as a person would."""
    user.rerun_after(lambda: browser.pick_country(user.page, "lith", "Lithuania"), name)
    user.rerun_after(lambda: browser.pick_country(user.page, "Pol", "Poland"), name)
    user.rerun_after(lambda: user.set_dates(START, END), name)
    user.until(lambda: _assert_filters_shown(user))


def _assert_filters_shown(user) -> None:
    assert {k: v for k, v in user.query().items() if k in IN_URL} == IN_URL
    assert user.countries() == list(CHOSEN)
    assert user.dates() == [START, END]


def timeline_points(chart: dict) -> list[tuple[str, list]]:
    """(date, [label, precision, title, actors, outlets]) of every event marker."""
    traces = [t for t in chart["data"] if t.get("customdata")]
    return [point for t in traces for point in zip(t["x"], t["customdata"], strict=True)]


def assert_only_chosen(charts: list[dict]) -> None:
    """Every chart holds only what concerns the chosen countries within the chosen range."""
    assert charts, "no chart to check"
    for chart in charts:
        title = chart["title"]
        if title == "Events over time":
            points = timeline_points(chart)
            assert points
            for x, (_, _, event, actors, _) in points:
                assert START <= x[:10] <= END, event
                assert any(name in actors for name in CHOSEN), event
        elif title.startswith("Coalition membership"):
            cells = chart["data"][0]
            assert cells["type"] == "heatmap" and set(cells["y"]) == set(CHOSEN)
        elif title == "Member states on the map":
            # The map shows the whole coalition (so a click can add a member); the chosen are outlined.
            for trace in chart["data"]:
                widths = trace["marker"]["line"]["width"]
                for (actor, *_), width in zip(trace["customdata"], widths, strict=True):
                    assert (width == 2.5) == (actor in CHOSEN.values()), actor
        elif title.startswith("Who joined which coalition"):
            for trace in chart["data"]:
                for _, _, members in trace["customdata"]:
                    assert set(members.split(", ")) <= set(CHOSEN), members
        elif title.endswith("as reported"):
            for trace in chart["data"]:
                assert all(START <= x[:10] <= END for x in trace["x"] if x), trace["name"]
        else:
            pytest.fail(f"no check for the chart {title!r}")


def test_newcomer_sees_every_page_drawn_from_the_server_alone(tab):
    newcomer = tab()
    for name, (_, count) in browser.PAGES.items():
        newcomer.open(name)
        drawn = newcomer.charts()
        assert len(drawn) == count, name
        assert all(chart["data"] for chart in drawn), f"{name}: a chart has no trace"
        assert newcomer.page.locator("h1").count() == 1, name
        newcomer.assert_clean()
    assert any(url.endswith("/app/static/topojson/world_110m.json") for url in newcomer.requests)


def test_filters_chosen_in_the_sidebar_go_into_the_url_and_every_chart(tab):
    analyst = tab()
    analyst.open("timeline")
    before = analyst.charts()
    choose_filters(analyst, "timeline")
    assert analyst.path() == "/timeline"
    (timeline,) = analyst.until(lambda: _changed(analyst.charts(), before))
    titles = [row[2] for _, row in timeline_points(timeline)]
    assert titles == ["Team agreement signed", "Register declaration"]
    assert_only_chosen([timeline])
    analyst.assert_clean()


def _changed(charts: list[dict], before: list[dict]) -> list[dict]:
    assert charts != before
    return charts


def test_a_shared_link_opens_the_same_view_for_a_colleague(tab):
    analyst = tab()
    analyst.open("coalitions")
    choose_filters(analyst, "coalitions")
    link = analyst.share_link()
    codes = f"country=LTU&country=POL&coalition=team&dates={START}&dates={END}"
    canonical = f"country=LTU&country=POL&dates={START}&dates={END}&coalition=team"
    assert link == f"{analyst.base}/coalitions?{canonical}"
    assert analyst.page.url == link, "the address bar and the share box hold one encoding"
    seen = analyst.until(lambda: _settled(analyst))
    assert_only_chosen(seen)
    colleague = tab()
    colleague.open("coalitions", codes)
    assert colleague.runs() == 1, "a link opens in one script run"
    assert colleague.countries() == list(CHOSEN)
    assert colleague.dates() == [START, END]
    assert colleague.until(lambda: _same(colleague.charts(), seen)) == seen
    assert colleague.page.url == link, "the address bar is rewritten in the canonical order"
    colleague.page.reload()
    colleague.wait_drawn("coalitions")
    assert colleague.countries() == list(CHOSEN)
    assert colleague.until(lambda: _same(colleague.charts(), seen)) == seen
    colleague.assert_clean()
    analyst.assert_clean()


def test_names_typed_into_a_link_are_rewritten_as_codes(tab):
    reader = tab()
    reader.open("timeline", "country=Lithuania&country=pol")
    assert reader.runs() == 1
    assert reader.countries() == list(CHOSEN)
    assert reader.query() == {"country": ["LTU", "POL"]}
    assert reader.share_link().endswith("/timeline?country=LTU&country=POL")
    reader.assert_clean()


def test_back_restores_the_previous_filter(tab):
    analyst = tab()
    analyst.open("timeline", "country=LTU")
    analyst.rerun_after(lambda: browser.pick_country(analyst.page, "Pol", "Poland"), "timeline")
    analyst.until(lambda: _same(analyst.query(), {"country": ["LTU", "POL"]}))
    assert analyst.page.url == analyst.share_link()
    analyst.rerun_after(analyst.page.go_back, "timeline")
    analyst.until(lambda: _same(analyst.countries(), ["Lithuania"]))
    assert analyst.query() == {"country": ["LTU"]}
    analyst.until(lambda: _same(analyst.share_link(), analyst.page.url))
    titles = [row[2] for _, row in timeline_points(analyst.charts()[0])]
    assert titles == ["Team agreement signed"]
    analyst.rerun_after(analyst.page.go_forward, "timeline")
    analyst.until(lambda: _same(analyst.countries(), list(CHOSEN)))
    analyst.assert_clean()


def _settled(user) -> list[dict]:
    charts = user.charts()
    assert_only_chosen(charts)
    return charts


def _same(actual, expected):
    assert actual == expected
    return actual


def test_filters_stay_when_switching_pages_from_the_sidebar(tab):
    analyst = tab()
    analyst.open("timeline")
    choose_filters(analyst, "timeline")
    titles = {
        "overview": "Overview",
        "timeline": "Timeline",
        "coalitions": "Coalitions",
        "cases": "Case counts",
        "sources": "Sources",
    }
    for name in ["coalitions", "cases", "overview", "sources", "timeline"]:
        link = analyst.page.locator(f"{browser.SIDEBAR} a", has_text=titles[name])
        analyst.rerun_after(link.click, name)
        assert analyst.path() == browser.PAGES[name][0]
        analyst.until(lambda: _assert_filters_shown(analyst))
        analyst.until(lambda: _same(analyst.page.url, analyst.share_link()))
        if browser.PAGES[name][1]:
            analyst.until(lambda: _settled(analyst))
    analyst.assert_clean()


def pledges_drawn(charts: list[dict]) -> None:
    assert charts[0]["title"] == "Pledges, as reported"
    assert [t["name"] for t in charts[0]["data"] if t.get("legendgroup") == "reporter"] == ["Poland"]


def register_mapped(charts: list[dict]) -> None:
    assert [(t["name"], t["locations"]) for t in charts[1]["data"]] == [("signatory", ["LTU", "POL"])]


@pytest.mark.parametrize(
    ("name", "key", "label", "value", "check"),
    [
        ("cases", "metric", "Pledges (EUR)", "pledge", pledges_drawn),
        ("coalitions", "coalition", "Register", "register", register_mapped),  # the picker shows short names
    ],
)
def test_a_page_picker_survives_a_reload_of_its_link(tab, name, key, label, value, check):
    analyst = tab()
    analyst.open(name)
    picker = analyst.page.locator("[data-testid=stMain] [data-testid=stSelectbox]").get_by_role("combobox")
    picker.click()
    if picker.get_attribute("aria-expanded") != "true":  # a click that scrolled the page only focuses it
        picker.press("ArrowDown")
    analyst.rerun_after(analyst.page.get_by_role("option", name=label, exact=True).click, name)
    analyst.until(lambda: check(analyst.charts()))
    assert analyst.query()[key] == [value]
    analyst.page.reload()
    analyst.wait_drawn(name)
    assert picker.input_value() == label
    assert analyst.query()[key] == [value]
    check(analyst.charts())
    analyst.assert_clean()


SCRIPT = "<script>window.__pwned=1</script>"
MALFORMED = {
    "unknown and scripted countries": ("overview", f"country=XXX&country={quote(SCRIPT)}"),
    "reversed dates": ("timeline", "dates=2023-12-31&dates=2022-01-01"),
    "impossible date and a scripted metric": (
        "cases",
        "dates=2023-02-30&dates=2023-03-31&metric=" + quote('<img src=x onerror="window.__pwned=1">'),
    ),
    "scripted coalition and country": (
        "coalitions",
        f"coalition={quote(SCRIPT)}&country={quote('<svg onload=alert(1)>')}",
    ),
}


@pytest.fixture(scope="module")
def default_charts(chromium_browser, server):
    """The charts each page draws when opened with no link, one visit per page."""
    seen: dict[str, list[dict]] = {}

    def charts_of(name: str) -> list[dict]:
        if name not in seen:
            context = browser.new_context(chromium_browser)
            path, count = browser.PAGES[name]
            browser.open_page(page := context.new_page(), server + path, count)
            seen[name] = browser.charts(page)
            context.close()
        return seen[name]

    return charts_of


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_link_opens_the_default_view_with_a_notice(tab, default_charts, case):
    name, query = MALFORMED[case]
    visitor = tab()
    visitor.open(name, query)
    notice = visitor.page.get_by_text(NOTICE)
    assert notice.is_visible()
    assert visitor.countries() == [] and visitor.dates() == DEFAULT_RANGE
    assert visitor.charts() == default_charts(name)
    assert visitor.page.evaluate("() => window.__pwned") is None
    assert not visitor.page.locator("main script, main img[src=x], main svg[onload]").count()
    visitor.assert_clean()


def test_a_link_to_a_page_works_as_the_first_request_after_a_server_start(tab, fixture_dir):
    with browser.serve(fixture_dir) as fresh:
        visitor = tab()
        visitor.base = fresh
        visitor.open("timeline", "country=LTU")
        assert visitor.countries() == ["Lithuania"]
        assert visitor.query() == {"country": ["LTU"]}
        assert [row[2] for _, row in timeline_points(visitor.charts()[0])] == ["Team agreement signed"]
        visitor.assert_clean()


def test_a_page_without_filters_gets_the_sidebar_as_the_first_request_too(tab, fixture_dir):
    with browser.serve(fixture_dir) as fresh:
        visitor = tab()
        visitor.base = fresh
        visitor.open("methods")
        sidebar = visitor.page.locator("[data-testid=stSidebar]")
        assert sidebar.get_by_text("Filters", exact=True).is_visible()
        assert sidebar.get_by_role("link", name="Case counts").is_visible()  # the app's own page names
        assert not sidebar.get_by_role("link", name="cases", exact=True).count()  # not the file names
        assert visitor.page.get_by_role("heading", name="Metrics").is_visible()
        visitor.assert_clean()
