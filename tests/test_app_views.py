"""The actor profile, events on the figures, the citation and the methods page, through AppTest."""

from __future__ import annotations

import pytest

from accountability import glossary
from accountability.charts import EVENTS_NAME, ROLE_ORDER
from accountability.text import escape_markdown as escape
from tests.test_app import open_page, plots, table_with


def codes(at) -> list[str]:
    return [code.value for code in at.main.get("code")]


def test_actor_link_by_code_shows_memberships_events_figures_and_sources(app_data):
    at = open_page("actor", {"actor": "POL"})
    assert at.selectbox(key="actor").value == "POL"
    assert not at.warning
    (chart,) = plots(at)
    roles = {t["name"] for t in chart["data"] if t["name"] in ROLE_ORDER}
    assert roles == {"founding member", "signatory"}
    # The chart's data comes first, then the tables.
    _, memberships, events, figures_, sources = (frame.value for frame in at.dataframe)
    assert list(memberships["coalition"]) == ["Joint team", "Register of damage"]
    assert list(events["title"]) == ["Team agreement signed", "Register declaration"]
    assert list(figures_["reported"]) == ["20,000,000"]
    assert len(sources) == 2
    assert {m.label: m.value for m in at.metric} == {"Memberships": "2", "Events": "2", "Figures": "1"}


def test_actor_link_by_name_or_alias_reads_as_the_id(app_data):
    at = open_page("actor", {"actor": "Republic of Poland"})
    assert at.selectbox(key="actor").value == "POL"
    assert at.sidebar.code[0].value.endswith("/actor?actor=POL")


def test_unknown_actor_in_a_link_gets_a_notice_and_the_first_actor(app_data):
    at = open_page("actor", {"actor": "<b>Atlantis</b>"})
    assert "Ignored unknown states or organisations" in at.warning[0].value
    assert "<b>" not in at.warning[0].value
    assert at.selectbox(key="actor").value == "LTU"


def test_an_organisation_with_nothing_in_range_says_why(app_data):
    at = open_page("actor", {"actor": "eurojust", "dates": ["2022-01-01", "2022-12-31"]})
    notices = [info.value for info in at.info]
    assert "No events of Eurojust between 1 Jan 2022 and 31 Dec 2022." in notices[0]
    assert notices[1].startswith("No figures reported by or about Eurojust between 1 Jan 2022")
    assert "Eurojust" in at.header[0].value


def test_member_and_reporter_tables_link_to_profiles_with_the_filters(app_data):
    at = open_page("coalitions", {"coalition": "team", "dates": ["2022-01-01", "2024-12-31"]})
    members = table_with(at, "profile")
    links = dict(zip(members["member"], members["profile"], strict=True))
    assert links["Lithuania"] == "./actor?dates=2022-01-01&dates=2024-12-31&actor=LTU"
    at = open_page("cases", {"metric": "cases"})
    assert set(table_with(at, "profile")["profile"]) == {"./actor?actor=pgo", "./actor?actor=eurojust"}


def test_a_map_click_offers_the_clicked_country_s_profile(app_data):
    at = open_page("coalitions", {"coalition": "team"})
    at.session_state["_map_profile"] = "POL"  # what a click on Poland leaves behind
    at.run()
    (link,) = [p for p in at.get("page_link") if "profile" in p.proto.label]
    assert link.proto.label == "Open Poland's profile"
    assert link.proto.query_string == "actor=POL"


def test_case_counts_mark_the_events_in_range_by_default_and_a_link_can_turn_them_off(app_data):
    at = open_page("cases", {"metric": "cases", "dates": ["2022-01-01", "2023-12-31"]})
    assert at.toggle(key="events").value is True
    (marks,) = [t for t in plots(at)[0]["data"] if t["name"] == EVENTS_NAME]
    assert [c[0] for c in marks["customdata"]] == ["Team agreement signed", "Register declaration"]
    assert "events=" not in at.sidebar.code[0].value  # the default is not written
    at = open_page("cases", {"metric": "cases", "events": "off"})
    assert at.toggle(key="events").value is False
    assert EVENTS_NAME not in [t["name"] for t in plots(at)[0]["data"]]
    assert at.sidebar.code[0].value.endswith("?events=off&metric=cases")


def test_a_bad_events_value_is_ignored_with_a_notice(app_data):
    at = open_page("cases", {"events": "maybe"})
    assert "Ignored events\\=“maybe”\\: it must be true or false" in at.warning[0].value
    assert at.toggle(key="events").value is True


@pytest.mark.parametrize(("page", "title"), [
    ("overview", "Overview: between"),
    ("actor", "Actor profile: Lithuania (state), between"),
    ("cases", "Case counts: Cases registered (cases), between"),
])
def test_every_page_offers_its_citation_with_the_share_link(app_data, page, title):
    at = open_page(page, {"country": "LTU"})
    link = at.sidebar.code[0].value
    plain, bibtex = codes(at)
    assert f"“{title}" in plain and link in plain and "Data built" in plain and "(accessed " in plain
    assert bibtex.startswith("@misc{") and f"url = {{{link}}}" in bibtex


def test_methods_page_defines_every_metric_category_role_and_kind(app_data):
    at = open_page("methods")
    tables = [table.value for table in at.table]
    shown = {str(cell) for table in tables for cell in table.to_numpy().ravel()}
    assert {escape("Cases registered"), escape("Money pledged. Counted in EUR; 1 reviewed figure.")} <= shown
    for words in (glossary.EVENT_CATEGORIES, glossary.ROLES, glossary.COALITION_KINDS, glossary.QUALIFIERS):
        assert {escape(w.replace("_", " ")) for w in words} <= shown
        assert {escape(text) for text in words.values()} <= shown
    text = " ".join(m.value for m in at.markdown)
    assert "MIT" in text and "Natural Earth" in text and "CC BY 4.0" in text
    assert "This data directory has no releases" in at.info[0].value
