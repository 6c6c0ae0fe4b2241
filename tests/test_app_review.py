"""The review page through AppTest, over a copy of the fixture data with an ingested article of ours:
off unless ACCOUNTABILITY_REVIEW=1; candidates by article with their sentence highlighted and escaped;
accept, reject and edit write through the review code, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from accountability.__main__ import main
from accountability.build import build
from tests.fixture_data import write_curated
from tests.test_ingest_store import rows, snapshot, write

APP = str(Path(__file__).resolve().parent.parent / "app.py")
ARTICLE = (
    "title: Two states join <b>the team</b>\noutlet: Example News\npublished: 2024-05-03\n\n"
    "Poland and Ukraine joined the joint investigation team on 2 May 2024 [see](javascript:alert(1))."
)
# No coalition named: the membership is proposed with its coalition left for review.
UNCLEAR = (
    "title: Two more\noutlet: Example News\npublished: 2024-05-04\n\nLithuania became a member on 3 May 2024."
)


@pytest.fixture
def review_data(tmp_path, monkeypatch):
    data = write_curated(tmp_path / "data")
    for name, text in (("join.txt", ARTICLE), ("unclear.txt", UNCLEAR)):
        assert main(["ingest", str(write(tmp_path, name, text)), "--data", str(data)]) == 0
    build(data)
    monkeypatch.setenv("ACCOUNTABILITY_DATA", str(data))
    monkeypatch.setenv("ACCOUNTABILITY_REVIEW", "1")
    st.cache_data.clear()
    st.cache_resource.clear()
    yield data
    st.cache_data.clear()
    st.cache_resource.clear()


def review_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page("pages/review.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def status(data, record_id: str) -> dict[str, str]:
    return next(r for r in rows(data, "memberships") if r["membership_id"] == record_id)


def joined(data) -> list[str]:
    return [
        r["membership_id"]
        for r in rows(data, "memberships")
        if r["status"] == "candidate" and r["coalition_id"]
    ]


def page_links(at: AppTest) -> list[str]:
    """The labels of the sidebar's page links."""
    links = next(c for c in at.sidebar.children.values() if c.type == "flex_container")
    return [link.proto.label for link in links.children.values()]


def test_the_review_page_is_off_unless_the_setting_turns_it_on(review_data, monkeypatch):
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert "Review" in page_links(at)
    monkeypatch.delenv("ACCOUNTABILITY_REVIEW")
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception and "Overview" in page_links(at) and "Review" not in page_links(at)


def test_candidates_are_grouped_by_article_with_their_sentence_highlighted_and_escaped(review_data):
    at = review_page()
    assert "Two states join \\<b\\>the team\\<\\/b\\>" in [s.value for s in at.subheader]
    markdown = "\n".join(m.value for m in at.markdown)
    assert ":orange-background[Poland and Ukraine joined the joint investigation team" in markdown
    assert "\\[see\\]\\(javascript\\:alert\\(1\\)\\)" in markdown and "](javascript" not in markdown
    assert "coalition left for review" in markdown


def test_accept_and_reject_write_through_the_review_code(review_data):
    first, second = joined(review_data)
    at = review_page()
    at.button(key=f"accept-{first}").click().run()
    at.button(key=f"reject-{second}").click().run()
    assert (status(review_data, first)["status"], status(review_data, second)["status"]) == (
        "accepted",
        "rejected",
    )
    assert [s.value.replace("\\", "") for s in at.success] == [f"{second} rejected."]
    assert f"accept-{first}" not in [b.key for b in at.button]


def test_accepting_a_membership_without_its_coalition_writes_nothing(review_data):
    pending = next(r["membership_id"] for r in rows(review_data, "memberships") if not r["coalition_id"])
    before = snapshot(review_data)
    at = review_page()
    at.button(key=f"accept-{pending}").click().run()
    assert snapshot(review_data) == before
    (error,) = [e.value.replace("\\", "") for e in at.error]
    assert error.startswith(f"Nothing was written for {pending}") and "coalition_id: is required" in error


def test_edit_sets_the_coalition_left_for_review(review_data):
    pending = next(r["membership_id"] for r in rows(review_data, "memberships") if not r["coalition_id"])
    at = review_page()
    at.text_input(key=f"coalition_id-{pending}").input("register")
    at.button(key=f"FormSubmitter:edit-{pending}-Save the changes").click().run()
    assert status(review_data, pending)["coalition_id"] == "register"
    assert [s.value.replace("\\", "") for s in at.success] == [f"{pending} edited."]


def test_every_candidate_of_an_article_is_accepted_at_once(review_data):
    first, second = joined(review_data)
    source = next(r["source_id"] for r in rows(review_data, "citations") if r["record_id"] == first)
    at = review_page()
    at.button(key=f"accepted-all-{source}").click().run()
    assert {status(review_data, first)["status"], status(review_data, second)["status"]} == {"accepted"}
    assert [s.value.replace("\\", "") for s in at.success] == [f"{source}'s candidates accepted."]
    assert f"accept-{first}" not in [b.key for b in at.button]


def test_accepting_an_article_with_a_membership_left_for_review_writes_nothing(review_data):
    pending = next(r["membership_id"] for r in rows(review_data, "memberships") if not r["coalition_id"])
    source = next(r["source_id"] for r in rows(review_data, "citations") if r["record_id"] == pending)
    before = snapshot(review_data)
    at = review_page()
    at.button(key=f"accepted-all-{source}").click().run()
    assert snapshot(review_data) == before
    assert [e.value.replace("\\", "") for e in at.error][0].startswith(f"Nothing was written for {source}")
