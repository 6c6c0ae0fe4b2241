"""Review: the ingest's candidate records by article, each with its sentence highlighted in the text;
accept, reject or edit them through the same code as `python -m accountability review`, which checks the
tables as a whole and writes them all at once or not at all. Shown only where ACCOUNTABILITY_REVIEW=1."""

import streamlit as st

from accountability import config, corpus, web
from accountability.ingest import review
from accountability.ingest.store import Busy, Rejected
from accountability.text import context_of, escape_markdown, highlighted_markdown

ROOT = config.data_dir()
MESSAGE = "review_message"
# What an edit may change, per table: the values a reviewer corrects.
EDITABLE = {
    "events": ("date", "date_precision", "title", "category", "coalition_id", "actor_ids", "note"),
    "memberships": ("coalition_id", "actor_id", "role", "joined", "joined_precision", "note"),
    "statistics": (
        "metric",
        "value",
        "qualifier",
        "unit",
        "as_of",
        "as_of_precision",
        "coalition_id",
        "note",
    ),
}


def act(what: str, record_id: str, run, whose: str = "") -> None:
    """Run one review action (on a record, or on every candidate of an article); say what it did or why
    nothing was written, after the rerun."""
    try:
        run()
    except Rejected as error:
        problems = "; ".join(str(p) for p in error.problems[:3])
        st.session_state[MESSAGE] = ("error", f"Nothing was written for {record_id}: {problems}")
    except (review.UnknownRecord, review.NotEditable, Busy) as error:
        st.session_state[MESSAGE] = ("error", f"Nothing was written for {record_id}: {error}")
    else:
        st.session_state[MESSAGE] = ("success", f"{record_id}{whose} {what}.")
    st.rerun()


def show_candidate(candidate: review.Candidate, names: dict[str, str], text: str) -> None:
    record_id = candidate.record_id
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(record_id)}** " + escape_markdown(review.describe(candidate, names)))
        for quote in candidate.quotes[:1]:
            st.markdown(highlighted_markdown(context_of(text, quote) if text else quote, [quote]))
        accept, reject, _ = st.columns([1, 1, 4])
        if accept.button("Accept", key=f"accept-{record_id}", icon=":material/check:"):
            act("accepted", record_id, lambda: review.decide(ROOT, "accepted", ids=[record_id]))
        if reject.button("Reject", key=f"reject-{record_id}", icon=":material/close:"):
            act("rejected", record_id, lambda: review.decide(ROOT, "rejected", ids=[record_id]))
        with st.expander("Edit"), st.form(key=f"edit-{record_id}", border=False):
            values = {
                column: st.text_input(
                    column.replace("_", " ").capitalize(),
                    value=candidate.row.get(column, ""),
                    key=f"{column}-{record_id}",
                    help=f"Column {column} of {candidate.table}.csv",
                )
                for column in EDITABLE[candidate.table]
            }
            if st.form_submit_button("Save the changes"):
                act("edited", record_id, lambda: review.edit(ROOT, record_id, values))


def article_buttons(source_id: str, count: int) -> None:
    """Accept or reject every candidate of one article at once (all or nothing, as one record)."""
    every, none, _ = st.columns([1, 1, 2])
    for column, status, verb, icon in (
        (every, "accepted", "Accept", ":material/done_all:"),
        (none, "rejected", "Reject", ":material/clear_all:"),
    ):
        if column.button(f"{verb} all {count}", key=f"{status}-all-{source_id}", icon=icon):
            act(status, source_id, lambda s=status: review.decide(ROOT, s, source=source_id), "'s candidates")


web.entered()  # a first request to /review still gets the sidebar
st.title("Review")
st.caption(
    "Records the ingest proposed, by article, each with the sentence it comes from highlighted. "
    "Accepted records show on the dashboard after the next build; rejected ones stay recorded so they "
    "do not come back unseen."
)
if MESSAGE in st.session_state:
    kind, message = st.session_state.pop(MESSAGE)
    (st.error if kind == "error" else st.success)(escape_markdown(message))

chosen, tables = review.candidates(ROOT)
names = {row["actor_id"]: row["name"] for row in tables["actors"]}
sources = {row["source_id"]: row for row in tables["sources"]}
by_source: dict[str, list[review.Candidate]] = {}
for candidate in chosen:
    by_source.setdefault(candidate.sources[0] if candidate.sources else "", []).append(candidate)

if not chosen:
    st.info("No candidate records wait for review.")
for source_id, found in by_source.items():
    source = sources.get(source_id, {})
    st.subheader(escape_markdown(source.get("title") or source_id or "No source"))
    st.caption(
        escape_markdown(
            f"{source.get('outlet') or source.get('kind', '')} · {source.get('published') or 'undated'} · "
            f"{source_id} · {len(found)} candidate{'' if len(found) == 1 else 's'}"
        )
    )
    if source_id and len(found) > 1:
        article_buttons(source_id, len(found))
    path = corpus.path_for(ROOT / "corpus", source_id) if source_id else None
    text = corpus.read(path).body if path and path.exists() else ""
    for candidate in found:
        show_candidate(candidate, names, text)
