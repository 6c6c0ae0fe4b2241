"""The new views in a real browser: an actor's profile, events on the figures, the citation of a view."""

from __future__ import annotations

from tests.e2e import driver as browser

EVENTS_NAME = "Events (from the timeline)"


def open_view(user, path: str, charts: int) -> None:
    browser.open_page(user.page, user.base + path, charts)


def grid_text(user, n: int) -> str:
    """The text of the n-th table on the page, not counting the charts' data tables folded in their
    expanders (the grid draws on a canvas and keeps an accessible copy)."""
    tables = user.page.locator("[data-testid=stDataFrame]:not([data-testid=stExpander] *)")
    grid = tables.nth(n)
    grid.scroll_into_view_if_needed()
    return grid.locator("table").inner_text()


def test_the_profile_of_a_state_shows_its_memberships_events_and_figures(tab):
    analyst = tab()
    open_view(analyst, "/actor?actor=POL", 1)
    (chart,) = analyst.charts()
    bars = {t["name"]: t["y"] for t in chart["data"] if t["name"] in ("founding member", "signatory")}
    assert bars == {"founding member": ["Team"], "signatory": ["Register"]}
    headings = analyst.page.locator("[data-testid=stMain] h2, [data-testid=stMain] h3").all_inner_texts()
    assert "Poland" in headings and "Events Poland took part in" in headings
    assert "Joint team" in grid_text(analyst, 0) and "Register of damage" in grid_text(analyst, 0)
    events = grid_text(analyst, 1)
    assert "Team agreement signed" in events and "Register declaration" in events
    assert "20,000,000" in grid_text(analyst, 2) and "reported by it" in grid_text(analyst, 2)
    assert analyst.query() == {"actor": ["POL"]}
    analyst.assert_clean()


def test_the_events_overlay_holds_the_fixture_events_in_range(tab):
    analyst = tab()
    open_view(analyst, "/cases?metric=cases&dates=2022-01-01&dates=2023-12-31", 1)
    (chart,) = analyst.charts()
    (marks,) = [t for t in chart["data"] if t["name"] == EVENTS_NAME]
    assert [c[0] for c in marks["customdata"]] == ["Team agreement signed", "Register declaration"]
    assert [c[1] for c in marks["customdata"]] == ["25 Mar 2022", "May 2023"]
    switch = analyst.page.get_by_role("switch", name="Mark the timeline's events on the chart")
    analyst.rerun_after(lambda: switch.click(force=True), "cases")
    analyst.until(lambda: _no_marks(analyst))
    assert analyst.query()["events"] == ["off"]
    analyst.assert_clean()


def _no_marks(user) -> None:
    assert EVENTS_NAME not in [t["name"] for t in user.charts()[0]["data"]]


def test_the_citation_holds_the_canonical_link(tab):
    analyst = tab()
    open_view(analyst, "/timeline?country=LTU&dates=2022-01-01&dates=2022-12-31", 1)
    link = analyst.share_link()
    assert link.endswith("/timeline?country=LTU&dates=2022-01-01&dates=2022-12-31")
    analyst.page.get_by_text("Cite this view").click()
    blocks = analyst.page.locator("[data-testid=stMain] [data-testid=stExpander] [data-testid=stCode] code")
    blocks.first.wait_for()
    plain, bibtex = blocks.all_inner_texts()
    assert "Timeline: between 1 Jan 2022 and 31 Dec 2022 for Lithuania" in plain and link in plain
    assert bibtex.startswith("@misc{") and "url = {" + link + "}" in bibtex
    analyst.assert_clean()
