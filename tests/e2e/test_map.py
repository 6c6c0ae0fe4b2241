"""The Coalitions map: outlines drawn from the dashboard's own server, and clicks that filter."""

from __future__ import annotations

from urllib.parse import urlsplit

from tests.e2e import driver as browser

OUTLINES = "/app/static/topojson/world_110m.json"


def locations(user) -> dict[str, object]:
    """The drawn map locations by ISO3 code."""
    paths = user.page.locator(".choroplethlocation")
    codes = paths.evaluate_all("paths => paths.map(p => p.__data__.loc)")
    return dict(zip(codes, paths.all(), strict=True))


def test_outlines_are_drawn_with_the_network_closed(tab):
    visitor = tab()
    blocked = []

    def only_local(route):
        if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort("internetdisconnected")

    visitor.page.context.route("**/*", only_local)
    with visitor.page.expect_response(lambda r: r.url.endswith(OUTLINES)) as outlines:
        visitor.open("coalitions")
    assert outlines.value.status == 200
    assert not blocked
    drawn = locations(visitor)
    assert sorted(drawn) == ["LTU", "POL"]
    for path in drawn.values():
        assert len(path.get_attribute("d") or "") > 100  # a real outline, not an empty path
    # The other countries' borders come from the same file.
    assert visitor.page.locator(".js-plotly-plot .countries path").count() == 1
    assert len(visitor.page.locator(".js-plotly-plot .countries path").get_attribute("d")) > 10_000
    visitor.assert_clean()


def test_clicking_a_country_on_the_map_adds_it_to_the_filter_until_removed(tab):
    analyst = tab()
    analyst.open("coalitions")
    poland = locations(analyst)["POL"]
    poland.scroll_into_view_if_needed()
    box = poland.bounding_box()
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    analyst.rerun_after(lambda: analyst.page.mouse.click(*centre), "coalitions")
    analyst.until(lambda: _shows(analyst, ["Poland"]))
    analyst.wait_drawn("coalitions")
    analyst.until(lambda: _poland_chosen(analyst.charts()))
    # Removing it in the sidebar sticks: the map's old click does not add it back.
    countries = analyst.page.locator(f"{browser.SIDEBAR} [data-testid=stMultiSelect]")
    remove = countries.get_by_label("Remove Poland")
    analyst.rerun_after(remove.click, "coalitions")
    analyst.until(lambda: _shows(analyst, []))
    analyst.rerun_after(lambda: analyst.page.get_by_text("name", exact=True).click(), "coalitions")
    assert analyst.countries() == [] and "country" not in analyst.query()
    analyst.assert_clean()


def _poland_chosen(charts: list[dict]) -> None:
    assert len(charts) == 2  # the map drawn anew (its key changes after a click) has replaced the old one
    matrix, world = charts
    assert matrix["data"][0]["y"] == ["Poland"]
    assert world["data"][0]["marker"]["line"]["width"] == [0.6, 2.5]  # Poland outlined


def _shows(user, names: list[str]) -> None:
    assert user.countries() == names
    codes = {"Poland": "POL", "Lithuania": "LTU"}
    assert user.query().get("country", []) == [codes[name] for name in names]
