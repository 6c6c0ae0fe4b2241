"""What changed, in words: a release's summary and its changes as escaped Markdown with sources."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from accountability import changelog, releases
from tests.fixture_data import write_curated
from tests.test_app import APP, stat
from tests.test_releases import FIRST, SECOND, _edited

RECORD = {
    "id": "2024-02-01-0123abcd",
    "previous": "2024-01-01-89abcdef",
    "counts": {t: 1 for t in changelog.TABLE_WORDS},
    "changes": {
        t: {
            "added": ["x"] if t in ("memberships", "sources") else [],
            "changed": [],
            "removed": ["y"] if t == "events" else [],
        }
        for t in changelog.TABLE_WORDS
    },
    "changelog": [
        {
            "table": "memberships",
            "id": "m-9",
            "change": "added",
            "text": "Romania joined the <b>Joint</b> Investigation Team as a member, 13 Oct 2022",
            "sources": [
                {"title": "Romania joins", "outlet": "Eurojust", "url": "https://example.org/a"},
                {"title": "Bad", "outlet": "[x](javascript:alert(1))", "url": "javascript:alert(1)"},
            ],
        },
        {
            "table": "events",
            "id": "ev-9",
            "change": "removed",
            "text": "Removed: A meeting, 2024",
            "sources": [],
        },
    ],
}


def test_a_release_is_summed_up_in_words():
    assert changelog.summary(RECORD) == "Added 1 memberships, 1 sources; removed 1 events."
    first = {**RECORD, "previous": None}
    assert changelog.summary(first) == (
        "The first release: the record as it stood, with 1 coalitions, 1 memberships, 1 events, 1 figures."
    )


def test_changes_are_listed_with_their_sources_and_no_markup_from_the_data():
    assert changelog.markdown(RECORD).splitlines() == [
        r"- Romania joined the \<b\>Joint\<\/b\> Investigation Team as a member\, 13 Oct 2022 "
        r"([Eurojust](<https://example.org/a>), \[x\]\(javascript\:alert\(1\)\))",
        r"- Removed\: A meeting\, 2024",
    ]


def test_the_overview_shows_the_release_and_a_running_server_picks_up_a_new_one(tmp_path, monkeypatch):
    """Caches live for the whole process: a run after the switch reads the new release, not the old.

    (AppTest reruns only the page after its first run, so the next run is a new session here; on a
    server every run starts in app.py, which pins the release for that run.)
    """
    import streamlit as st

    write_curated(tmp_path)
    first, _ = releases.cut(tmp_path, FIRST)
    monkeypatch.setenv("ACCOUNTABILITY_DATA", str(tmp_path))
    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert f"Data release {first['id']}, of 1 Jan 2024." in [c.value for c in at.caption]
    assert stat(at, "Members named") == "3"

    write_curated(tmp_path, _edited())
    second, _ = releases.cut(tmp_path, SECOND)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert f"Data release {second['id']}, of 1 Feb 2024." in [c.value for c in at.caption]
    assert stat(at, "Members named") == "4"  # Ukraine joined in the new release
    shown = [e for e in at.expander if e.label.startswith("Release ")]
    assert [e.label for e in shown] == [
        f"Release {second['id']} of 1 Feb 2024",
        f"Release {first['id']} of 1 Jan 2024",
    ]
    listed = "\n".join(m.value for m in shown[0].markdown)
    link = "([Register](<https://example.org/register>))"
    assert f"Ukraine joined the Register of damage as a member\\, Jun 2023 {link}" in listed
    st.cache_data.clear()
    st.cache_resource.clear()
